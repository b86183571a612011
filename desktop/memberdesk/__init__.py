"""MemberDesk: the member console of a retail store's service counter."""

__version__ = "0.1.0"
APP_NAME = "MemberDesk"
