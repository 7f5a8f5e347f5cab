/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.strategies.fakes;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.rapport.core.strategies.Finding;
import org.rapport.core.strategies.IStrategy;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;

/** Scores 80 and finds something about the plan's first contact. Counts its instances, keeps how it was told to write today. */
public class GoodStrategy implements IStrategy {

	public static final double SCORE = 80;
	public static final String MESSAGE = "You have not thanked this contact yet.";
	public static final AtomicInteger INSTANCES = new AtomicInteger();
	public static final AtomicReference<String> TODAY_WRITTEN = new AtomicReference<>();

	public GoodStrategy() {
		INSTANCES.incrementAndGet();
	}

	@Override
	public StrategyResult score(NetworkingPlan plan, ScoringContext context) {
		TODAY_WRITTEN.set(context.formatDate(context.today()));
		StrategyResult.Builder result = StrategyResult.builder();
		if (!plan.getContacts().isEmpty()) {
			Contact contact = plan.getContacts().get(0);
			result.add(Finding.warning(contact, MESSAGE, "Send a thank-you note."));
		}
		return result.score(SCORE);
	}
}
