/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.outcome;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.osgi.util.NLS;
import org.rapport.core.interchange.exporter.ICalendarExporter;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.interchange.importer.MergeContactsCommand;
import org.rapport.model.PlanReview;
import org.rapport.model.RapportPackage;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.internal.scoring.ScoreFormat;

/**
 * What a long action did, in words, from the action's own result: the import's preview that was applied, the
 * files and counts the exporters report, what the merge command moved, the review that was recorded.
 */
public final class Summaries {

	private static final RapportPackage P = RapportPackage.eINSTANCE;

	private Summaries() {
	}

	/** "Imported Connections.csv: 2 new, 1 updated, 1 already in the plan, 1 not imported; 1 left out by you." */
	public static String imported(ImportPreview applied, int leftOut) {
		String file = applied.getParsed().sourceName();
		return leftOut == 0 ? NLS.bind(OutcomeMessages.Import_done, file, applied.getSummary())
				: NLS.bind(OutcomeMessages.Import_doneSkipped, new Object[] { file, applied.getSummary(), number(leftOut) });
	}

	/** "Wrote 26 follow-ups and 15 events to plan.ics." */
	public static String calendar(ICalendarExporter.Written written) {
		return NLS.bind(OutcomeMessages.Export_doneCalendar, new Object[] {
				count(written.followUps(), OutcomeMessages.Count_followUpsOne, OutcomeMessages.Count_followUps),
				count(written.events(), OutcomeMessages.Count_eventsOne, OutcomeMessages.Count_events), name(written.file()) });
	}

	/** "Wrote 50 contacts to contacts.vcf." */
	public static String contacts(int contacts, Path file) {
		return NLS.bind(OutcomeMessages.Export_doneContacts,
				count(contacts, OutcomeMessages.Count_contactsOne, OutcomeMessages.Count_contacts), name(file));
	}

	/** "Wrote the plan to plan.xmi, with its model rapport.ecore beside it." */
	public static String xmi(Path file, Path model) {
		return NLS.bind(OutcomeMessages.Export_doneXmi, name(file), name(model));
	}

	/** "Merged 1 contact into Maria Chen, with 3 interactions, 2 follow-ups and 1 exchange." */
	public static String merged(MergeContactsCommand merge) {
		String merged = count(merge.getDuplicates().size(), OutcomeMessages.Count_contactsOne, OutcomeMessages.Count_contacts);
		String kept = RapportLabels.contactName(merge.getSurvivor());
		Map<EClass, Integer> moved = merge.getMoved();
		List<String> parts = new ArrayList<>();
		add(parts, take(moved, P.getInteraction()), OutcomeMessages.Count_interactionsOne, OutcomeMessages.Count_interactions);
		add(parts, take(moved, P.getFollowUp()), OutcomeMessages.Count_followUpsOne, OutcomeMessages.Count_followUps);
		add(parts, take(moved, P.getExchange()), OutcomeMessages.Count_exchangesOne, OutcomeMessages.Count_exchanges);
		add(parts, take(moved, P.getGratitude()), OutcomeMessages.Count_thanksOne, OutcomeMessages.Count_thanks);
		add(parts, take(moved, P.getContact()), OutcomeMessages.Count_introductionsOne, OutcomeMessages.Count_introductions);
		// audiences, opportunities, feedback, review findings: links rather than history of their own
		add(parts, moved.values().stream().mapToInt(Integer::intValue).sum(), OutcomeMessages.Count_othersOne,
				OutcomeMessages.Count_others);
		return parts.isEmpty() ? NLS.bind(OutcomeMessages.Merge_done, merged, kept)
				: NLS.bind(OutcomeMessages.Merge_doneMoved, new Object[] { merged, kept, list(parts) });
	}

	/** "Recorded the review of Dec 7, 2026: plan health 78, 23 findings and 2 decisions." */
	public static String reviewed(PlanReview review) {
		return NLS.bind(OutcomeMessages.Review_done, new Object[] { RapportLabels.date(review.getDate()),
				ScoreFormat.score(review.getOverallScore()),
				count(review.getFindings().size(), OutcomeMessages.Count_findingsOne, OutcomeMessages.Count_findings),
				count(review.getDecisions().size(), OutcomeMessages.Count_decisionsOne, OutcomeMessages.Count_decisions) });
	}

	private static int take(Map<EClass, Integer> counts, EClass kind) {
		Integer count = counts.remove(kind);
		return count == null ? 0 : count.intValue();
	}

	private static void add(List<String> parts, int count, String one, String many) {
		if (count > 0) {
			parts.add(count(count, one, many));
		}
	}

	/** "1 contact", "3 contacts", "0 contacts". */
	static String count(int count, String one, String many) {
		return count == 1 ? one : NLS.bind(many, number(count));
	}

	/** "a", "a and b", "a, b and c". */
	private static String list(List<String> parts) {
		if (parts.size() == 1) {
			return parts.get(0);
		}
		return String.join(OutcomeMessages.Outcome_separator, parts.subList(0, parts.size() - 1))
				+ OutcomeMessages.Outcome_lastSeparator + parts.get(parts.size() - 1);
	}

	private static String number(int count) {
		return NumberFormat.getIntegerInstance().format(count);
	}

	private static String name(Path file) {
		return String.valueOf(file.getFileName());
	}
}
