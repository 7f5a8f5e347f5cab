/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.core.tests.strategies.StrategyTesting.BAD_WEIGHT;
import static org.rapport.core.tests.strategies.StrategyTesting.BUNDLE;
import static org.rapport.core.tests.strategies.StrategyTesting.GOOD;
import static org.rapport.core.tests.strategies.StrategyTesting.HANGING;
import static org.rapport.core.tests.strategies.StrategyTesting.LONG_LIMIT_MILLIS;
import static org.rapport.core.tests.strategies.StrategyTesting.LOW;
import static org.rapport.core.tests.strategies.StrategyTesting.NEGATIVE_WEIGHT;
import static org.rapport.core.tests.strategies.StrategyTesting.NO_CLASS;
import static org.rapport.core.tests.strategies.StrategyTesting.NO_NAME;
import static org.rapport.core.tests.strategies.StrategyTesting.SCORE_ALL_LIMIT_MILLIS;
import static org.rapport.core.tests.strategies.StrategyTesting.SHORT_LIMIT_MILLIS;
import static org.rapport.core.tests.strategies.StrategyTesting.SLEEPS;
import static org.rapport.core.tests.strategies.StrategyTesting.THROWS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.core.followup.FollowUpSettings;
import org.rapport.core.internal.strategies.StrategyRegistry;
import org.rapport.core.strategies.Finding;
import org.rapport.core.strategies.IStrategyRegistry;
import org.rapport.core.strategies.PlanHealth;
import org.rapport.core.strategies.Rescoring;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.Strategies;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.core.strategies.StrategyOutcome;
import org.rapport.core.strategies.StrategyPreferences;
import org.rapport.core.tests.strategies.StrategyTesting.LogCapture;
import org.rapport.core.tests.strategies.fakes.GoodStrategy;
import org.rapport.core.tests.strategies.fakes.HangingStrategy;
import org.rapport.core.tests.strategies.fakes.LowStrategy;
import org.rapport.core.tests.strategies.fakes.SleepingStrategy;
import org.rapport.core.tests.strategies.fakes.ThrowingStrategy;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Severity;

/** The registry against the fake contributions of this bundle's plugin.xml. */
class StrategyRegistryTest {

	private final IStrategyRegistry registry = Strategies.getRegistry();
	private final List<StrategyRegistry> ownRegistries = new ArrayList<>();

	/** Calls that must finish get all the time they need; the tests of the time limit set a short one. */
	@BeforeEach
	void longTimeLimit() {
		StrategyTesting.setTimeLimit(LONG_LIMIT_MILLIS);
	}

	@AfterEach
	void restore() throws Exception {
		StrategyTesting.clearPreferences();
		ownRegistries.forEach(StrategyRegistry::dispose);
	}

	/** A registry of the test's own, for what depends on the registry's history (instances, logging). */
	private StrategyRegistry newRegistry() {
		StrategyRegistry own = new StrategyRegistry(RegistryFactory.getRegistry());
		ownRegistries.add(own);
		return own;
	}

	private StrategyDescriptor strategy(String id) {
		StrategyDescriptor strategy = registry.getStrategy(id);
		assertNotNull(strategy, id);
		return strategy;
	}

	private static List<StrategyDescriptor> ours(IStrategyRegistry registry) {
		return registry.getStrategies().stream().filter(s -> BUNDLE.equals(s.getContributor())).toList();
	}

	@Test
	void readsTheMetadataOfEveryValidContribution() {
		StrategyDescriptor good = strategy(GOOD);
		assertEquals("Good fake", good.getName());
		assertEquals("gratitude", good.getCategory());
		assertEquals(1, good.getDefaultWeight());
		assertEquals("Always scores 80 and finds the first contact unthanked.", good.getDescription());
		assertEquals("icons/good.png", good.getIconPath());
		assertEquals(BUNDLE, good.getContributor());
		assertEquals(Set.of("Contact", "Exchange", "Gratitude"), good.getAffectedBy());
		assertTrue(good.isAffectedBy("Contact"));
		assertFalse(good.isAffectedBy("Skill"));
		assertEquals(3, strategy(LOW).getDefaultWeight());
		assertTrue(strategy(THROWS).isAffectedBy("Skill"), "no affectedBy: every change counts");

		Set<String> ids = ours(registry).stream().map(StrategyDescriptor::getId).collect(Collectors.toSet());
		assertEquals(Set.of(GOOD, LOW, HANGING, THROWS, SLEEPS, StrategyTesting.NAN, StrategyTesting.INFINITE,
				StrategyTesting.OUT_OF_RANGE, StrategyTesting.NULL, StrategyTesting.MISSING_CLASS,
				StrategyTesting.NOT_A_STRATEGY), ids);
	}

	@Test
	void ordersStrategiesByCategoryThenName() {
		List<String> names = ours(registry).stream().map(StrategyDescriptor::getName).toList();
		// "gratitude" first; the ones without a category last, by name
		assertEquals(List.of("Good fake", "Low fake", "Hanging fake", "Infinite fake", "Missing class fake",
				"NaN fake", "Not a strategy fake", "Null fake", "Out of range fake", "Sleeping fake", "Throwing fake"),
				names);
	}

	@Test
	void skipsInvalidContributionsAndLogsThemNamingThePlugin() {
		try (LogCapture log = new LogCapture()) {
			StrategyRegistry own = newRegistry();
			for (String id : List.of(BAD_WEIGHT, NEGATIVE_WEIGHT, NO_NAME, NO_CLASS)) {
				assertNull(own.getStrategy(id), id);
			}
			assertTrue(own.getStrategies().stream().noneMatch(s -> s.getName().equals("No id fake")));
			assertEquals("Good fake", own.getStrategy(GOOD).getName(), "the first contribution of an id wins");

			List<String> logged = log.messages(m -> m.contains("from plugin " + BUNDLE));
			assertContainsOne(logged, "\"Bad weight fake\"", "\"heavy\" is not a number of 0 or more");
			assertContainsOne(logged, "\"Negative weight fake\"", "\"-1\"");
			assertContainsOne(logged, "\"" + NO_NAME + "\"", "attribute \"name\" is missing");
			assertContainsOne(logged, "\"No id fake\"", "attribute \"id\" is missing");
			assertContainsOne(logged, "\"No class fake\"", "attribute \"class\" is missing");
			assertContainsOne(logged, "\"Duplicate fake\"", "already contributes a strategy with the id " + GOOD);
		}
	}

	private static void assertContainsOne(List<String> messages, String... fragments) {
		long count = messages.stream().filter(m -> List.of(fragments).stream().allMatch(m::contains)).count();
		assertEquals(1, count, () -> "one message with " + List.of(fragments) + " in " + messages);
	}

	@Test
	void keepsTheGoodScoreAndFindingsWhileOthersFail() {
		StrategyTesting.setTimeLimit(SCORE_ALL_LIMIT_MILLIS);
		NetworkingPlan plan = StrategyTesting.plan();
		PlanHealth health = registry.scoreAll(plan, ScoringContext.forToday());

		StrategyOutcome good = health.getOutcome(GOOD);
		assertFalse(good.isFailed(), good::getFailure);
		assertEquals(GoodStrategy.SCORE, good.getScore());
		assertEquals(1, good.getFindings().size());
		Finding finding = good.getFindings().get(0);
		assertEquals(Severity.WARNING, finding.getSeverity());
		assertEquals(GoodStrategy.MESSAGE, finding.getMessage());
		assertSame(plan.getContacts().get(0), finding.getSubject());
		assertEquals("Send a thank-you note.", finding.getSuggestedAction());

		for (String id : List.of(THROWS, SLEEPS, StrategyTesting.NAN, StrategyTesting.INFINITE,
				StrategyTesting.OUT_OF_RANGE, StrategyTesting.NULL, StrategyTesting.MISSING_CLASS,
				StrategyTesting.NOT_A_STRATEGY)) {
			StrategyOutcome outcome = health.getOutcome(id);
			assertTrue(outcome.isFailed(), id);
			assertTrue(Double.isNaN(outcome.getScore()), id);
			assertTrue(outcome.getFindings().isEmpty(), id);
		}
	}

	@Test
	void aStrategyWritesDatesAsTheCallerAsks() {
		LocalDate today = LocalDate.of(2026, 12, 7);
		StrategyOutcome outcome = registry.score(strategy(GOOD), StrategyTesting.plan(), new ScoringContext(today,
				FollowUpSettings.defaults(), () -> false, day -> "the " + day.getDayOfMonth() + "th"));
		assertFalse(outcome.isFailed(), outcome::getFailure);
		assertEquals("the 7th", GoodStrategy.TODAY_WRITTEN.get(), "the workbench's date format reaches the strategy");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"org.rapport.core.tests.throws       | failed: it threw java.lang.IllegalStateException: " + ThrowingStrategy.MESSAGE,
			"org.rapport.core.tests.nan          | failed: its score is not a number (NaN).",
			"org.rapport.core.tests.infinite     | failed: its score is not a number (Infinity).",
			"org.rapport.core.tests.outOfRange   | failed: its score 150 is not between 0 and 100.",
			"org.rapport.core.tests.null         | failed: it returned no result.",
			"org.rapport.core.tests.missingClass | could not be created: ",
			"org.rapport.core.tests.notAStrategy | could not be created: its class org.rapport.core.tests.strategies.fakes.NotAStrategy does not implement IStrategy." })
	void recordsAFaultyContributionAsFailedNamingItsPluginAndTheCause(String id, String cause) {
		// a registry of its own: an abandoned call of the shared one may still be running (it is not called again then)
		StrategyRegistry own = newRegistry();
		StrategyDescriptor strategy = own.getStrategy(id);
		StrategyOutcome outcome = own.score(strategy, StrategyTesting.plan(), ScoringContext.forToday());

		assertTrue(outcome.isFailed());
		assertSame(strategy, outcome.getStrategy());
		String reason = outcome.getFailure();
		assertTrue(reason.startsWith("The strategy \"" + strategy.getName() + "\" from plugin " + BUNDLE + " "), reason);
		assertTrue(reason.contains(cause), reason);
	}

	@Test
	void rescoringKeepsNoStateOfAFailedCall() {
		NetworkingPlan plan = StrategyTesting.plan();
		Rescoring failed = new Rescoring("kept", Set.of());
		assertTrue(registry.rescore(strategy(THROWS), plan, ScoringContext.forToday(), failed).isFailed());
		assertNull(failed.getState(), "a failed call may have left its state half changed");
		failed.setState("set late by a call still running");
		assertNull(failed.getState(), "nothing is kept after a failure");
		// a strategy that only scores in full is scored in full and leaves the state alone
		Rescoring full = new Rescoring("kept", Set.of());
		StrategyOutcome outcome = registry.rescore(strategy(GOOD), plan, ScoringContext.forToday(), full);
		assertFalse(outcome.isFailed());
		assertEquals(registry.score(strategy(GOOD), plan, ScoringContext.forToday()).getScore(), outcome.getScore());
		assertEquals("kept", full.getState());
	}

	@Test
	void namesTheMissingClass() {
		StrategyOutcome outcome = registry.score(strategy(StrategyTesting.MISSING_CLASS), StrategyTesting.plan(),
				ScoringContext.forToday());
		assertTrue(outcome.getFailure().contains("org.rapport.core.tests.strategies.fakes.DoesNotExist"),
				outcome.getFailure());
	}

	@Test
	void abandonsACallAtTheTimeLimit() {
		StrategyTesting.setTimeLimit(SHORT_LIMIT_MILLIS);
		// a registry of its own: the call another test abandoned may still be running, and is not called again then
		StrategyRegistry own = newRegistry();
		StrategyDescriptor sleeps = own.getStrategy(SLEEPS);
		long start = System.nanoTime();
		StrategyOutcome outcome = own.score(sleeps, StrategyTesting.plan(), ScoringContext.forToday());
		long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

		assertEquals("The strategy \"Sleeping fake\" from plugin " + BUNDLE + " did not finish within 300 milliseconds.",
				outcome.getFailure());
		assertTrue(elapsedMillis >= SHORT_LIMIT_MILLIS, "waited " + elapsedMillis + " ms");
		// far below the sleep, even on a loaded machine: the call was not waited for
		assertTrue(elapsedMillis < SleepingStrategy.SLEEP_MILLIS / 2, "waited " + elapsedMillis + " ms");
	}

	@Test
	void readsTheTimeLimitFromThePreferences() {
		assertEquals(LONG_LIMIT_MILLIS, registry.getTimeLimitMillis());
		StrategyTesting.preferences().remove(StrategyPreferences.TIME_LIMIT_MILLIS);
		assertEquals(StrategyPreferences.DEFAULT_TIME_LIMIT_MILLIS, registry.getTimeLimitMillis());
		StrategyTesting.setTimeLimit(-5);
		assertEquals(StrategyPreferences.DEFAULT_TIME_LIMIT_MILLIS, registry.getTimeLimitMillis(), "not a limit");
	}

	@Test
	void doesNotCallAStrategyAgainWhileItsAbandonedCallRuns() throws InterruptedException {
		StrategyDescriptor hanging = strategy(HANGING);
		StrategyRegistry shared = (StrategyRegistry) registry;
		HangingStrategy.released = false;
		HangingStrategy.armed = true;
		try {
			int calls = HangingStrategy.CALLS.get();
			StrategyTesting.setTimeLimit(SHORT_LIMIT_MILLIS);
			StrategyOutcome first = registry.score(hanging, StrategyTesting.plan(), ScoringContext.forToday());
			assertTrue(first.getFailure().contains("did not finish within 300 milliseconds"), first.getFailure());
			assertTrue(shared.isBusy(hanging), "ignores the interrupt, so it still runs");

			// a call would hang until the long limit: far less means the registry did not wait for anything
			StrategyTesting.setTimeLimit(LONG_LIMIT_MILLIS);
			long start = System.nanoTime();
			StrategyOutcome second = registry.score(hanging, StrategyTesting.plan(), ScoringContext.forToday());
			assertTrue(second.getFailure().contains("from plugin " + BUNDLE + " was not called: it is still busy"),
					second.getFailure());
			assertTrue((System.nanoTime() - start) / 1_000_000 < LONG_LIMIT_MILLIS / 2, "answered at once");
			assertEquals(calls + 1, HangingStrategy.CALLS.get(), "not called again");

			// the other strategies go on meanwhile
			assertFalse(registry.score(strategy(GOOD), StrategyTesting.plan(), ScoringContext.forToday()).isFailed());
		} finally {
			HangingStrategy.released = true;
			HangingStrategy.armed = false;
		}
		long deadline = System.currentTimeMillis() + 30_000;
		while (shared.isBusy(hanging) && System.currentTimeMillis() < deadline) {
			Thread.sleep(10);
		}
		assertFalse(shared.isBusy(hanging), "free once the abandoned call returned");
		StrategyOutcome after = registry.score(hanging, StrategyTesting.plan(), ScoringContext.forToday());
		assertFalse(after.isFailed(), after::getFailure);
		assertEquals(50, after.getScore());
	}

	@Test
	void createsTheStrategyOnFirstUseOnly() {
		int before = GoodStrategy.INSTANCES.get();
		StrategyRegistry own = newRegistry();
		StrategyDescriptor good = own.getStrategy(GOOD);
		own.getStrategies();
		assertEquals(before, GoodStrategy.INSTANCES.get(), "listing creates nothing");

		own.score(good, StrategyTesting.plan(), ScoringContext.forToday());
		assertEquals(before + 1, GoodStrategy.INSTANCES.get(), "created by the first scoring");

		own.score(good, StrategyTesting.plan(), ScoringContext.forToday());
		own.rescore(good, StrategyTesting.plan(), ScoringContext.forToday(), new Rescoring());
		assertEquals(before + 1, GoodStrategy.INSTANCES.get(), "and kept");
	}

	@Test
	void logsAFailureOnceNotOnEveryScoring() {
		try (LogCapture log = new LogCapture()) {
			StrategyRegistry own = newRegistry();
			for (int i = 0; i < 3; i++) {
				assertTrue(own.score(own.getStrategy(THROWS), StrategyTesting.plan(), ScoringContext.forToday()).isFailed());
				assertTrue(own.score(own.getStrategy(StrategyTesting.MISSING_CLASS), StrategyTesting.plan(),
						ScoringContext.forToday()).isFailed());
			}
			assertEquals(1, log.messages(m -> m.contains("\"Throwing fake\" from plugin " + BUNDLE)).size());
			assertEquals(1, log.messages(m -> m.contains("\"Missing class fake\" from plugin " + BUNDLE)).size());
		}
	}

	@Test
	void weighsTheHealthByPreferenceAndIgnoresFailedStrategies() {
		// others' strategies, if their plugins are in this runtime, must not move the numbers below
		registry.getStrategies().stream().filter(s -> !BUNDLE.equals(s.getContributor()))
				.forEach(s -> StrategyTesting.preferences().put(StrategyPreferences.weightKey(s.getId()), "0"));
		StrategyTesting.setTimeLimit(SCORE_ALL_LIMIT_MILLIS);
		PlanHealth health = registry.scoreAll(StrategyTesting.plan(), ScoringContext.forToday());

		// defaults: good 80 x 1, low 20 x 3, hanging 50 x 0; eight failed ones with weight 1 count for nothing
		double expected = (GoodStrategy.SCORE * 1 + LowStrategy.SCORE * 3) / 4;
		assertEquals(expected, health.getOverall(), 1e-9);

		// weighed again as scoreAll weighs (each scoring waits for the sleeping fake to time out)
		StrategyTesting.preferences().put(StrategyPreferences.weightKey(GOOD), "3");
		StrategyTesting.preferences().put(StrategyPreferences.weightKey(LOW), "1");
		assertEquals(3, registry.getWeight(strategy(GOOD)));
		expected = (GoodStrategy.SCORE * 3 + LowStrategy.SCORE * 1) / 4;
		assertEquals(expected, new PlanHealth(health.getOutcomes(), registry::getWeight).getOverall(), 1e-9);

		StrategyTesting.preferences().put(StrategyPreferences.weightKey(LOW), "0");
		assertEquals(GoodStrategy.SCORE, new PlanHealth(health.getOutcomes(), registry::getWeight).getOverall(), 1e-9);
	}

	@Test
	void fallsBackToTheDefaultWeightForAnUnusableWeightPreference() {
		StrategyDescriptor low = strategy(LOW);
		assertEquals(3, registry.getWeight(low));
		StrategyTesting.preferences().put(StrategyPreferences.weightKey(LOW), "0.5");
		assertEquals(0.5, registry.getWeight(low));
		StrategyTesting.preferences().put(StrategyPreferences.weightKey(LOW), "-2");
		assertEquals(3, registry.getWeight(low));
		StrategyTesting.preferences().put(StrategyPreferences.weightKey(LOW), "lots");
		assertEquals(3, registry.getWeight(low));
	}

	@Test
	void stopsScoringAllWhenCancelled() {
		assertThrows(OperationCanceledException.class,
				() -> registry.scoreAll(StrategyTesting.plan(), new ScoringContext(LocalDate.now(), () -> true)));
	}

	@Test
	void describesTheTimeLimitInSecondsWhenItIsWhole() {
		StrategyTesting.setTimeLimit(1000);
		// the sleeping fake is interrupted at the limit, so this takes one second; a registry of its own, as above
		StrategyRegistry own = newRegistry();
		StrategyOutcome outcome = own.score(own.getStrategy(SLEEPS), StrategyTesting.plan(), ScoringContext.forToday());
		assertTrue(outcome.getFailure().endsWith("did not finish within 1 second."), outcome.getFailure());
	}

	@Test
	void setsTheDefaultTimeLimitInTheDefaultScope() {
		assertEquals(StrategyPreferences.DEFAULT_TIME_LIMIT_MILLIS,
				DefaultScope.INSTANCE.getNode(StrategyPreferences.QUALIFIER).getLong(StrategyPreferences.TIME_LIMIT_MILLIS, -1));
	}

	@Test
	void reportsAStrategyThatIsNoLongerInstalled() {
		StrategyDescriptor gone = new StrategyDescriptor("com.example.gone", "Gone", null, 1, null, null,
				"com.example.gone", Set.of());
		StrategyOutcome outcome = registry.score(gone, StrategyTesting.plan(), ScoringContext.forToday());
		assertEquals("The strategy \"Gone\" from plugin com.example.gone is no longer installed.", outcome.getFailure());
	}
}
