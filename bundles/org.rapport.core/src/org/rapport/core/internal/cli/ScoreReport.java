/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.rapport.core.strategies.Finding;
import org.rapport.core.strategies.GettingStarted;
import org.rapport.core.strategies.HealthRating;
import org.rapport.core.strategies.IStrategyRegistry;
import org.rapport.core.strategies.PlanHealth;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.core.strategies.StrategyOutcome;
import org.rapport.model.NetworkingPlan;

/**
 * What {@code score} prints: a table for people, or JSON for scripts.
 *
 * @noreference internal to the command line
 */
final class ScoreReport {

	private static final String GAP = "  "; //$NON-NLS-1$

	private ScoreReport() {
	}

	/**
	 * One row per strategy (name, weight, score, number of findings, why it failed), then the overall
	 * score with the health word ({@link HealthRating}, as the Scorecard shows it) and why, when the word is not
	 * what the score alone would say; for a plan {@linkplain GettingStarted getting started}, its first steps.
	 * Scores have one decimal; a failed strategy has none.
	 */
	static String table(NetworkingPlan plan, LocalDate today, PlanHealth health, IStrategyRegistry registry) {
		HealthRating rating = HealthRating.of(plan, health.getOverall(), today);
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { Messages.Score_strategy, Messages.Score_weight, Messages.Score_score,
				Messages.Score_findings, Messages.Score_note });
		for (StrategyOutcome outcome : health.getOutcomes()) {
			StrategyDescriptor strategy = outcome.getStrategy();
			rows.add(new String[] { strategy.getName(), number(Commands.weightOf(registry, strategy)),
					outcome.isFailed() ? "-" : number(outcome.getScore()), //$NON-NLS-1$
					Integer.toString(outcome.getFindings().size()),
					outcome.isFailed() ? NLS.bind(Messages.Score_failed, oneLine(outcome.getFailure())) : "" }); //$NON-NLS-1$
		}
		rows.add(new String[] { Messages.Score_overall, "", //$NON-NLS-1$
				Double.isNaN(health.getOverall()) ? "-" : number(health.getOverall()), "", //$NON-NLS-1$ //$NON-NLS-2$
				Double.isNaN(health.getOverall()) && rating.getWord() == HealthRating.Word.NONE ? Messages.Score_noOverall
						: rating.getWord().getLabel() });

		int columns = rows.get(0).length;
		int[] widths = new int[columns];
		for (String[] row : rows) {
			for (int i = 0; i < columns; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		StringBuilder text = new StringBuilder();
		for (int r = 0; r < rows.size(); r++) {
			if (r == rows.size() - 1) {
				rule(text, widths);
			}
			String[] row = rows.get(r);
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < columns; i++) {
				if (i > 0) {
					line.append(GAP);
				}
				// names and notes left-aligned, numbers right-aligned
				boolean numeric = i > 0 && i < columns - 1;
				line.append(numeric ? pad(row[i], widths[i], true) : pad(row[i], widths[i], false));
			}
			text.append(line.toString().stripTrailing()).append('\n');
			if (r == 0) {
				rule(text, widths);
			}
		}
		if (rating.isCappedByOverdue()) {
			text.append(rating.getReason()).append('\n');
		}
		if (rating.getWord() == HealthRating.Word.GETTING_STARTED) {
			text.append('\n').append(NLS.bind(Messages.Score_gettingStarted, new Object[] {
					Integer.toString(GettingStarted.done(plan)), Integer.toString(GettingStarted.steps().size()),
					Integer.toString(GettingStarted.STEPS_TO_SCORE) })).append('\n');
			for (GettingStarted.Step step : GettingStarted.steps()) {
				text.append(GAP).append(NLS.bind(step.isDone(plan) ? Messages.Score_stepDone : Messages.Score_stepOpen, step.getLabel()))
						.append('\n');
			}
		}
		return text.toString();
	}

	/** The health as JSON: the plan, the day scored against, the overall score and every strategy. */
	static String json(String fileArg, NetworkingPlan plan, LocalDate today, PlanHealth health,
			IStrategyRegistry registry) {
		JsonWriter json = new JsonWriter().beginObject();
		json.name("file").value(fileArg); //$NON-NLS-1$
		json.name("plan").value(plan.getName()); //$NON-NLS-1$
		json.name("today").value(today.toString()); //$NON-NLS-1$
		json.name("overall").value(health.getOverall()); //$NON-NLS-1$
		HealthRating rating = HealthRating.of(plan, health.getOverall(), today);
		json.name("health").beginObject(); //$NON-NLS-1$
		json.name("word").value(rating.getWord().name().toLowerCase(Locale.ROOT).replace('_', '-')); //$NON-NLS-1$
		json.name("label").value(rating.getWord().getLabel()); //$NON-NLS-1$
		json.name("reason").value(rating.getReason().isEmpty() ? null : rating.getReason()); //$NON-NLS-1$
		json.name("openFollowUps").value(rating.getOpenFollowUps()); //$NON-NLS-1$
		json.name("overdueFollowUps").value(rating.getOverdueFollowUps()); //$NON-NLS-1$
		json.endObject();
		json.name("firstSteps").beginArray(); //$NON-NLS-1$
		for (GettingStarted.Step step : GettingStarted.steps()) {
			json.beginObject();
			json.name("step").value(step.name().toLowerCase(Locale.ROOT).replace('_', '-')); //$NON-NLS-1$
			json.name("label").value(step.getLabel()); //$NON-NLS-1$
			json.name("done").value(step.isDone(plan)); //$NON-NLS-1$
			json.endObject();
		}
		json.endArray();
		boolean failed = health.getOutcomes().stream().anyMatch(StrategyOutcome::isFailed);
		json.name("complete").value(!failed && !health.getOutcomes().isEmpty()); //$NON-NLS-1$
		json.name("strategies").beginArray(); //$NON-NLS-1$
		for (StrategyOutcome outcome : health.getOutcomes()) {
			StrategyDescriptor strategy = outcome.getStrategy();
			json.beginObject();
			json.name("id").value(strategy.getId()); //$NON-NLS-1$
			json.name("name").value(strategy.getName()); //$NON-NLS-1$
			json.name("category").value(strategy.getCategory()); //$NON-NLS-1$
			json.name("contributor").value(strategy.getContributor()); //$NON-NLS-1$
			json.name("weight").value(Commands.weightOf(registry, strategy)); //$NON-NLS-1$
			json.name("score").value(outcome.getScore()); //$NON-NLS-1$
			json.name("failed").value(outcome.isFailed()); //$NON-NLS-1$
			json.name("failure").value(outcome.getFailure()); //$NON-NLS-1$
			json.name("elapsedMillis").value(outcome.getElapsedMillis()); //$NON-NLS-1$
			json.name("findings").beginArray(); //$NON-NLS-1$
			for (Finding finding : outcome.getFindings()) {
				json.beginObject();
				json.name("severity").value(finding.getSeverity().getLiteral()); //$NON-NLS-1$
				json.name("message").value(finding.getMessage()); //$NON-NLS-1$
				json.name("suggestedAction").value(finding.getSuggestedAction()); //$NON-NLS-1$
				json.name("subject"); //$NON-NLS-1$
				if (finding.getSubject() == null) {
					json.nullValue();
				} else {
					json.beginObject();
					json.name("type").value(finding.getSubject().eClass().getName()); //$NON-NLS-1$
					json.name("id").value(Commands.idOf(finding.getSubject())); //$NON-NLS-1$
					json.name("label").value(Commands.labelOf(finding)); //$NON-NLS-1$
					json.endObject();
				}
				json.endObject();
			}
			json.endArray();
			json.endObject();
		}
		json.endArray();
		return json.endObject().toString();
	}

	private static void rule(StringBuilder text, int[] widths) {
		int length = 0;
		for (int i = 0; i < widths.length; i++) {
			length += widths[i] + (i > 0 ? GAP.length() : 0);
		}
		text.append("-".repeat(length)).append('\n'); //$NON-NLS-1$
	}

	private static String pad(String text, int width, boolean right) {
		String padding = " ".repeat(Math.max(0, width - text.length())); //$NON-NLS-1$
		return right ? padding + text : text + padding;
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", Double.valueOf(value)); //$NON-NLS-1$
	}

	private static String oneLine(String text) {
		return text == null ? "" : text.replace('\n', ' ').replace('\r', ' ').strip(); //$NON-NLS-1$
	}
}
