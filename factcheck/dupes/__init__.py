"""Duplicated passages within and across articles, and the figures inside them."""
