package org.chokepoint.reports.story;

import java.util.Arrays;
import java.util.Locale;

/** MinHash signatures of word 5-gram shingles: an estimate of how much text two documents share. */
final class MinHash {
  static final int SIZE = 64;
  private static final int SHINGLE = 5;
  private static final long[] SEEDS = new long[SIZE];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SIZE; i++) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
      SEEDS[i] = x | 1;
    }
  }

  private MinHash() {}

  static long[] of(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    long[] sig = new long[SIZE];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= words.length; i++) {
      long h = 1125899906842597L;
      for (int j = i; j < i + SHINGLE; j++) {
        h = 31 * h + words[j].hashCode();
      }
      for (int k = 0; k < SIZE; k++) {
        long v = mix(h * SEEDS[k]);
        if (v < sig[k]) {
          sig[k] = v;
        }
      }
    }
    return sig;
  }

  static double similarity(long[] a, long[] b) {
    int same = 0;
    int filled = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] != Long.MAX_VALUE || b[i] != Long.MAX_VALUE) {
        filled++;
        same += a[i] == b[i] ? 1 : 0;
      }
    }
    return filled == 0 ? 0 : (double) same / filled;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
