/** Country names and codes in many languages resolved to ISO 3166 alpha-2. */
package org.chokepoint.core.country;
