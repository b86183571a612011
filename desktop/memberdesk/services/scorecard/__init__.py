"""The staff scorecard: each member of staff's figures for a period, their targets and bonus."""
