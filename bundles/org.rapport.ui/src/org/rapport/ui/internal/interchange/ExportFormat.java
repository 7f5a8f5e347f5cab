/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interchange;

import org.eclipse.osgi.util.NLS;
import org.rapport.core.interchange.exporter.ICalendarExporter;
import org.rapport.core.interchange.exporter.XmiExporter;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.NetworkingPlan;

/** What the export wizard writes: the whole plan, its contacts in two formats, or its calendar. */
enum ExportFormat {

	XMI(XmiExporter.FILE_EXTENSION, Messages.Export_xmi),
	VCARD(ContactFormat.VCARD.getFileExtension(), Messages.Export_vcard),
	GOOGLE_CSV(ContactFormat.GOOGLE_CONTACTS.getFileExtension(), Messages.Export_google),
	ICALENDAR(ICalendarExporter.FILE_EXTENSION, Messages.Export_ics);

	private final String extension;
	private final String label;

	ExportFormat(String extension, String label) {
		this.extension = extension;
		this.label = label;
	}

	/** The usual file extension, without the dot. */
	String extension() {
		return extension;
	}

	String label() {
		return label;
	}

	/** The id of the format's radio button ({@code UiIds.KEY}). */
	String widgetId() {
		return InterchangeIds.EXPORT_FORMAT_PREFIX + name().toLowerCase(java.util.Locale.ROOT);
	}

	/** What an export of the plan in this format holds, in a sentence. */
	String describe(NetworkingPlan plan, boolean openFollowUpsOnly, boolean followUpEvents) {
		switch (this) {
		case XMI:
			return Messages.Export_whatXmi;
		case ICALENDAR:
			long followUps = plan.getFollowUps().stream().filter(f -> !openFollowUpsOnly || f.getStatus() == FollowUpStatus.OPEN).count();
			long events = plan.getOpportunities().stream().filter(o -> o.getDate() != null).count();
			long dates = dates(plan);
			return NLS.bind(followUpEvents ? Messages.Export_whatCalendarWithEvents : Messages.Export_whatCalendar,
					new Object[] { Long.valueOf(followUps), Long.valueOf(events), Long.valueOf(dates) });
		case VCARD:
		case GOOGLE_CSV:
		default:
			return NLS.bind(Messages.Export_whatContacts, plan.getContacts().size());
		}
	}

	/** The birthdays and important dates of the plan's contacts. */
	private static long dates(NetworkingPlan plan) {
		return plan.getContacts().stream()
				.mapToLong(c -> (c.getBirthday() != null ? 1 : 0) + c.getImportantDates().stream().filter(d -> d.getDate() != null).count())
				.sum();
	}

	/** Whether the plan has anything for a calendar: a follow-up (an open one), a dated opportunity, a date. */
	static boolean hasDated(NetworkingPlan plan, boolean openFollowUpsOnly) {
		return plan.getFollowUps().stream().anyMatch(f -> !openFollowUpsOnly || f.getStatus() == FollowUpStatus.OPEN)
				|| plan.getOpportunities().stream().anyMatch(o -> o.getDate() != null) || dates(plan) > 0;
	}

	/** The format whose extension a file name has, or {@code null}. */
	static ExportFormat ofFileName(String name) {
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1); //$NON-NLS-1$
		for (ExportFormat format : values()) {
			if (format.extension.equalsIgnoreCase(extension)) {
				return format;
			}
		}
		return null;
	}
}
