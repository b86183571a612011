"""Member money at the counter: stored value, points and coupons, opened from the member card."""
