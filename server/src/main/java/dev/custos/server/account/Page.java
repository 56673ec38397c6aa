package dev.custos.server.account;

import java.util.List;

/** One page of a listing, with the total the caller may see. */
public record Page<T>(List<T> items, long total, int limit, int offset) {}
