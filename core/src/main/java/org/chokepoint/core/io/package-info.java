/** Reading real files robustly: CSV with quirks, text of uncertain encoding. */
package org.chokepoint.core.io;
