"""The Reports page: the membership figures of a period as charts, and the report PDF."""
