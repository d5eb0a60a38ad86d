"""Files that enter or leave the machine: figure tables, plan files, submissions, reports."""
