"""Member money: stored value (储值) and gift cards (礼品卡), coupons (优惠券), and their ledgers."""
