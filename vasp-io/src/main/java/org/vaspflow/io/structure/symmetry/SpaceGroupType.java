package org.vaspflow.io.structure.symmetry;

/**
 * One of the 230 space-group types: its number (ITA), the Hall number and Hall symbol of spglib's default setting,
 * and the international short symbol (spglib's {@code international}, e.g. {@code P2_1/c}, {@code Fd-3m}).
 */
public record SpaceGroupType(int number, int hallNumber, String international, String hall) {
}
