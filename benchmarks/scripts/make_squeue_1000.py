#!/usr/bin/env python3
"""Write the squeue answer for 1 000 active jobs used by the poll benchmark (WorkflowBench poll).

Not a live capture: the test cluster is shared, so 1 000 jobs were not submitted to it. Each line has exactly
the shape of the lines captured from Slurm 22.05 in workflow/src/test/resources/hpc/slurm/squeue-active.txt
(`squeue -h -j IDS -o '%i|%T|%j|%r'`): id|state|name|reason, with the states and reasons seen there
(PENDING Resources / Dependency / Priority, RUNNING None) and vaspflow job names (vf-<campaign>-<label>-<step>-a1).

Usage: python3 benchmarks/scripts/make_squeue_1000.py > benchmarks/src/main/resources/slurm/squeue-1000.txt
"""
STEPS = ["relax", "static", "dos", "lobster"]
for i in range(1000):
    job_id = 1001 + i
    label = "m%03d" % (i // 4)
    step = STEPS[i % 4]
    if i % 4 == 0:
        state, reason = ("RUNNING", "None") if i < 200 else ("PENDING", "Resources" if i < 600 else "Priority")
    else:
        state, reason = "PENDING", "Dependency"
    print("%d|%s|vf-bench-%s-%s-a1|%s" % (job_id, state, label, step, reason))
