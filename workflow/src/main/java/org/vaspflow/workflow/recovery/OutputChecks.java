package org.vaspflow.workflow.recovery;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.vasp.Incar;
import org.vaspflow.io.vasp.IncarValue;
import org.vaspflow.io.vasp.out.Oszicar;
import org.vaspflow.io.vasp.out.OszicarReader;
import org.vaspflow.io.vasp.xml.Vasprun;
import org.vaspflow.io.vasp.xml.VasprunOptions;
import org.vaspflow.io.vasp.xml.VasprunReader;

/**
 * The {@link Detection#check()} rules on parsed outputs. The OSZICAR rules are custodian's handlers restated:
 * PositiveEnergyErrorHandler (final E0 &gt; 0), PotimErrorHandler (some ionic step after the first has
 * dE &gt; threshold) and NonConvergingErrorHandler (more than {@code n} ionic steps and the {@code n} before the
 * last each used NELM electronic steps). A file that cannot be parsed gives no finding.
 */
final class OutputChecks {
    record Hit(int line, String text) {
    }

    private OutputChecks() {
    }

    static Optional<Hit> check(Detection d, Path file, Incar incar) {
        try {
            return switch (d.check()) {
                case "positive_energy", "potim", "nonconverging" -> oszicar(d, OszicarReader.read(file), incar);
                case "unconverged_electronic", "unconverged_ionic" -> vasprun(d, file);
                default -> Optional.empty();
            };
        } catch (ParseException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Hit> oszicar(Detection d, Oszicar o, Incar incar) {
        List<Oszicar.IonicStep> steps = o.ionicSteps();
        switch (d.check()) {
            case "positive_energy" -> {
                double e = o.finalEnergyEv();
                return e > 0 ? Optional.of(new Hit(0, "final E0 = " + e + " eV > 0")) : Optional.empty();
            }
            case "potim" -> {
                for (int i = 1; i < steps.size(); i++) {
                    double de = steps.get(i).deltaEEv();
                    if (de > d.thresholdEv()) {
                        return Optional.of(new Hit(0, "ionic step " + (i + 1) + ": dE = " + de + " eV > "
                                + d.thresholdEv() + " eV"));
                    }
                }
                return Optional.empty();
            }
            default -> {
                int nelm = (int) number(incar, "NELM", 60);
                List<List<Oszicar.ElectronicStep>> es = o.electronicSteps();
                int n = d.ionicSteps();
                if (es.size() <= n) {
                    return Optional.empty();
                }
                boolean all = es.subList(es.size() - n - 1, es.size() - 1).stream().allMatch(s -> s.size() == nelm);
                return all ? Optional.of(new Hit(0, n + " ionic steps in a row used NELM = " + nelm
                        + " electronic steps")) : Optional.empty();
            }
        }
    }

    private static Optional<Hit> vasprun(Detection d, Path file) {
        Vasprun v = VasprunReader.read(file, VasprunOptions.STRUCTURES_ONLY);
        if (!v.completeness().complete()) {
            return Optional.empty();
        }
        if (d.check().equals("unconverged_electronic")) {
            return v.convergedElectronic() ? Optional.empty()
                    : Optional.of(new Hit(0, "last electronic minimisation did not converge"));
        }
        return v.convergedIonic() ? Optional.empty()
                : Optional.of(new Hit(0, "ionic relaxation did not converge within NSW steps"));
    }

    static double number(Incar incar, String tag, double dflt) {
        Optional<IncarValue> v = incar.get(tag);
        if (v.isEmpty()) {
            return dflt;
        }
        if (v.get() instanceof IncarValue.Int i) {
            return i.value();
        }
        return v.get() instanceof IncarValue.Real r ? r.value() : dflt;
    }
}
