/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.strategies.fakes;

/** A class contributed as a strategy that does not implement IStrategy. */
public class NotAStrategy {
}
