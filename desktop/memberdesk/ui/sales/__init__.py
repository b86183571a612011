"""The till (收银) and returns (退货): the cart, the receipt, the sales rules in Settings."""
