"""The receiving office's window: inbox, timeliness, consolidation, charts, report, plan."""
