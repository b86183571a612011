"""Member events (会员活动): plan an event, invite members, take their replies, check them in
at the door, and follow up on who came."""
