/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.views.contacts;

import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.edit.provider.RapportLabels;

/** What a contact table says about a contact's overdue follow-ups. Plain Java. */
public final class OverdueText {

	private OverdueText() {
	}

	/** Whether the contact has follow-ups past due. */
	public static boolean isOverdue(Contact contact) {
		return !contact.getOverdueFollowUps().isEmpty();
	}

	/** The tooltip of an overdue contact's row ("3 overdue follow-ups, the oldest due ..."), or {@code null}. */
	public static String tooltip(Contact contact) {
		List<FollowUp> overdue = contact.getOverdueFollowUps();
		if (overdue.isEmpty()) {
			return null;
		}
		Date oldest = overdue.stream().map(FollowUp::getDueDate).filter(Objects::nonNull)
				.min(Comparator.naturalOrder()).orElse(null);
		return NLS.bind(overdue.size() == 1 ? Messages.ContactsView_overdueOne : Messages.ContactsView_overdue,
				Integer.valueOf(overdue.size()), RapportLabels.date(oldest));
	}
}
