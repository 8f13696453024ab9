"""The faust app, its agents and views, and the command line: thin wrappers around pipeline/."""
