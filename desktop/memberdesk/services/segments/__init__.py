"""Member tags (标签) and segments (会员分群): saved, named filters over what the store knows."""
