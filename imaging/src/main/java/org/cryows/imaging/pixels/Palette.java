package org.cryows.imaging.pixels;

/** The red, green and blue tables of a PALETTE COLOR image (PS3.3 C.7.6.3.1.5). */
public record Palette(LookupTable red, LookupTable green, LookupTable blue) {}
