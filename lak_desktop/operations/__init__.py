"""The program's jobs, shared by the command line and the window, one room for each side.

- `common`: what both sides share (settings, the plan in force, InputError);
- `plans`: the plan file, written by the office and read by the commune;
- `commune`: entering figures and sending the submission file;
- `office`: taking in the files, completeness and timeliness, consolidation, ranking, reports.

Each job takes a repository, checks everything first, and either saves all or nothing
(raising InputError with every problem).
"""
