package org.vaspflow.workflow.dag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.vaspflow.workflow.spec.CampaignSpec;
import org.vaspflow.workflow.spec.MatrixPoint;
import org.vaspflow.workflow.spec.StepSpec;
import org.vaspflow.workflow.store.Calculation;
import org.vaspflow.workflow.store.Store;

/**
 * Turns a campaign into the DAG of calculations in the store: one calculation per matrix point and step, named
 * {@code label/step}, in folder {@code runs/label/step}, depending on the calculation of its {@code after} step
 * at the same point. Planning is idempotent (calculations already in the store are kept as they are), so a
 * restarted or edited campaign only adds what is new.
 *
 * <p>Dynamic steps (with {@code when}) are not planned up front: {@link #expand} adds them when their parent is
 * DONE and its result matches every condition (a finished step adds steps).
 */
public final class Planner {
    private final CampaignSpec spec;
    private final Path campaignDir;

    public Planner(CampaignSpec spec, Path campaignDir) {
        this.spec = spec;
        this.campaignDir = campaignDir.toAbsolutePath();
    }

    public CampaignSpec spec() {
        return spec;
    }

    /** Adds every static calculation not yet in the store; returns how many were added. */
    public int plan(Store store) {
        int added = 0;
        for (MatrixPoint p : spec.matrix().points()) {
            for (StepSpec s : spec.steps()) {
                if (s.dynamic() || !applies(p, s) || !parentPresent(store, p, s)) {
                    continue;
                }
                if (add(store, p, s).isPresent()) {
                    added++;
                }
            }
        }
        return added;
    }

    /** Every calculation the campaign can have (dynamic steps included), in plan order, as nodes. */
    public List<CalcNode> nodes() {
        List<CalcNode> out = new ArrayList<>();
        for (MatrixPoint p : spec.matrix().points()) {
            for (StepSpec s : spec.steps()) {
                if (applies(p, s)) {
                    out.add(node(p, s));
                }
            }
        }
        return out;
    }

    /** The name of the calculation {@code node} depends on, empty for a first step. */
    public Optional<String> parentName(CalcNode node) {
        StepSpec s = node.step();
        return s.after().isEmpty() ? Optional.empty() : Optional.of(parentLabel(node.point(), s) + "/" + s.after());
    }

    /**
     * Whether step {@code s} runs at point {@code p}: steps that place an adsorbate (and their descendants) run at
     * the points with an adsorbate, every other step at the clean points.
     */
    boolean applies(MatrixPoint p, StepSpec s) {
        return p.adsorbate().isPresent() == placesAdsorbate(s);
    }

    private boolean placesAdsorbate(StepSpec s) {
        return s.adsorb() || !s.after().isEmpty() && placesAdsorbate(spec.step(s.after()));
    }

    /** The steps before {@code s}, first step first. */
    List<StepSpec> ancestors(StepSpec s) {
        List<StepSpec> chain = new ArrayList<>();
        for (String a = s.after(); !a.isEmpty(); a = spec.step(a).after()) {
            chain.add(0, spec.step(a));
        }
        return chain;
    }

    private String parentLabel(MatrixPoint p, StepSpec s) {
        return placesAdsorbate(spec.step(s.after())) ? p.label() : p.clean().label();
    }

    private CalcNode node(MatrixPoint p, StepSpec s) {
        String structure = campaignDir.resolve(p.material().structure()).normalize().toString();
        return CalcNode.of(p, structure, ancestors(s), s);
    }

    /** Adds the dynamic children of a DONE calculation whose conditions its result meets. */
    public int expand(Store store, Calculation done, Map<String, Object> result) {
        CalcNode parent = CalcNode.fromJson(done.spec());
        int added = 0;
        for (StepSpec s : spec.steps()) {
            if (!s.dynamic() || !s.after().equals(parent.step().name()) || !matches(s.when(), result)) {
                continue;
            }
            for (MatrixPoint p : spec.matrix().points()) {
                if (applies(p, s) && parentLabel(p, s).equals(parent.label()) && add(store, p, s).isPresent()) {
                    added++;
                }
            }
        }
        return added;
    }

    static boolean matches(Map<String, Object> when, Map<String, Object> result) {
        for (Map.Entry<String, Object> c : when.entrySet()) {
            Object got = result.get(c.getKey());
            if (got == null || !same(c.getValue(), got)) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Object want, Object got) {
        if (want instanceof Number a && got instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        return Objects.equals(String.valueOf(want), String.valueOf(got));
    }

    private boolean parentPresent(Store store, MatrixPoint p, StepSpec s) {
        return s.after().isEmpty() || store.findByName(parentLabel(p, s) + "/" + s.after()).isPresent();
    }

    private Optional<Long> add(Store store, MatrixPoint p, StepSpec s) {
        String name = p.label() + "/" + s.name();
        if (store.findByName(name).isPresent()) {
            return Optional.empty();
        }
        CalcNode node = node(p, s);
        List<Long> deps = new ArrayList<>();
        parentName(node).ifPresent(parent -> deps.add(store.findByName(parent).orElseThrow().id()));
        return Optional.of(store.add(name, s.name(), "runs/" + p.label() + "/" + s.name(), node.toJson(), deps));
    }
}
