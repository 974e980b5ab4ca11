/** HS codes as people write them, the HS 2022 nomenclature and the HS 2022 ↔ 2017 correlation. */
package org.chokepoint.goods.hs;
