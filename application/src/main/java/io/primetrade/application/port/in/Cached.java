package io.primetrade.application.port.in;

/**
 * An answer of a read use case and whether the task cache had it, for delivery apps that report it
 * (the HTTP API's {@code X-Cache} header).
 */
public record Cached<T>(T value, boolean hit) {}
