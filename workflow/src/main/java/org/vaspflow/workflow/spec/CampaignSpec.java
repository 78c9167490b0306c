package org.vaspflow.workflow.spec;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A campaign as its YAML states it (format: {@code docs/campaign-format.md}). Bound strictly by
 * {@link CampaignLoader}: keys are snake_case, unknown keys are errors naming the YAML path and line.
 *
 * @param campaign    name of the campaign (a plain word; used in job names)
 * @param maxAttempts runs per calculation before recovery gives up (default 3)
 * @param matrix      the axes every step is expanded over
 * @param steps       the steps, each after at most one earlier step
 * @param pathways    free-energy pathway files of the campaign (relative to the campaign file; see
 *                    {@code docs/free-energy.md}), drawn in the report and copied by {@code vaspflow init}
 */
public record CampaignSpec(String campaign, int maxAttempts, Matrix matrix, List<StepSpec> steps,
                           List<String> pathways) {
    public CampaignSpec {
        if (campaign == null || !campaign.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,31}")) {
            throw new IllegalArgumentException("campaign: a name of 1-32 letters, digits, '.', '_' or '-' is "
                    + "required, got '" + campaign + "'");
        }
        maxAttempts = maxAttempts == 0 ? 3 : maxAttempts;
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max_attempts must be at least 1");
        }
        if (matrix == null) {
            throw new IllegalArgumentException("matrix: at least one material is required");
        }
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("steps: at least one step is required");
        }
        steps = List.copyOf(steps);
        pathways = pathways == null ? List.of() : List.copyOf(pathways);
    }

    /** Cross-step problems as (path, reason) pairs: duplicate names, {@code after} naming no earlier step. */
    public List<String[]> problems() {
        List<String[]> out = new java.util.ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            StepSpec s = steps.get(i);
            if (!s.after().isEmpty() && !seen.contains(s.after())) {
                out.add(new String[] {"steps[" + i + "].after", "'" + s.after() + "' is not the name of an earlier "
                        + "step (earlier: " + seen + ")"});
            }
            if (!seen.add(s.name())) {
                out.add(new String[] {"steps[" + i + "].name", "step name '" + s.name() + "' is used twice"});
            }
            if (!s.carry().isEmpty() && s.after().isEmpty()) {
                out.add(new String[] {"steps[" + i + "].carry", "carry needs an 'after' step to carry files from"});
            }
            if (!s.when().isEmpty() && s.after().isEmpty()) {
                out.add(new String[] {"steps[" + i + "].when", "when needs an 'after' step whose result it tests"});
            }
        }
        return out;
    }

    public StepSpec step(String name) {
        return steps.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step " + name));
    }
}
