package org.vaspflow.io.lobster;

import java.util.List;

/**
 * CHARGE.lobster: Mulliken and Löwdin gross charges per atom (elementary charges), atoms as LOBSTER labels them.
 */
public record Charge(List<String> atoms, List<String> elements, double[] mulliken, double[] loewdin) {
}
