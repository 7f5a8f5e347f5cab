package org.rapport.core.tests.strategies.fakes;

/** A class contributed as a strategy that does not implement IStrategy. */
public class NotAStrategy {
}
