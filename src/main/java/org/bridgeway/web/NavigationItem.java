package org.bridgeway.web;

/** A link in the header's menu. */
public record NavigationItem(String label, String href, boolean current) {}
