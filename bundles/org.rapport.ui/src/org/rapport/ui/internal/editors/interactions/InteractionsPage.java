/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.interactions;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.rapport.model.Channel;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpOrigin;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.Initiator;
import org.rapport.model.Interaction;
import org.rapport.model.RapportPackage;
import org.rapport.model.derived.PlanClock;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.forms.ElementColumn;
import org.rapport.ui.internal.forms.ElementListPart;
import org.rapport.ui.internal.forms.MasterDetailsFormPage;
import org.rapport.core.followup.FollowUpPreferences;
import org.rapport.ui.internal.views.ContactsView;

/**
 * The plan's interactions and follow-ups, each in a virtual list (a large plan has tens of thousands of
 * interactions), the most recent first, with their details. Overdue follow-ups are highlighted as in the Contacts
 * view. New interactions are dated today; new follow-ups are due after the default delay of the preferences.
 */
public final class InteractionsPage extends MasterDetailsFormPage {

	public static final String ID = "interactions"; //$NON-NLS-1$

	public InteractionsPage(PlanEditor editor) {
		super(editor, ID, Messages.InteractionsPage_tab, RapportPackage.Literals.INTERACTION,
				RapportPackage.Literals.FOLLOW_UP);
	}

	@Override
	protected String getHeading() {
		return Messages.InteractionsPage_title;
	}

	@Override
	protected void createLists(Composite parent, FormToolkit toolkit) {
		RapportPackage p = RapportPackage.eINSTANCE;
		addList(new ElementListPart<>(this, parent, toolkit, Messages.InteractionsPage_interactions,
				Messages.InteractionsPage_interactionsDescription, p.getNetworkingPlan_Interactions(), Interaction.class,
				InteractionIds.INTERACTIONS, true)
				.emptyHint(Messages.InteractionsPage_interactionsEmpty)
				.withFilter(Messages.InteractionsPage_interactionsFilter)
				.column(ElementColumn.of(Messages.InteractionsPage_columnDate, 110, i -> RapportLabels.date(i.getDate()),
						Comparator.comparing(Interaction::getDate, Comparator.nullsFirst(Date::compareTo)), false))
				.column(ElementColumn.of(Messages.InteractionsPage_columnChannel, 90,
						i -> i.getChannel() == null ? "" : RapportLabels.literal(i.getChannel()))) //$NON-NLS-1$
				.column(ElementColumn.of(Messages.InteractionsPage_columnInitiatedBy, 80,
						i -> i.getInitiatedBy() == null ? "" : RapportLabels.literal(i.getInitiatedBy()))) //$NON-NLS-1$
				.column(ElementColumn.of(Messages.InteractionsPage_columnContacts, 170, InteractionsPage::contacts))
				.column(ElementColumn.of(Messages.InteractionsPage_columnSummary, 240, Interaction::getSummary))
				.sortBy(0, false)
				.initializer(i -> {
					i.setDate(PlanClock.toDate(PlanClock.today()));
					i.setChannel(Channel.EMAIL);
					i.setInitiatedBy(Initiator.ME);
				}));
		addList(new ElementListPart<>(this, parent, toolkit, Messages.InteractionsPage_followUps,
				Messages.InteractionsPage_followUpsDescription, p.getNetworkingPlan_FollowUps(), FollowUp.class,
				InteractionIds.FOLLOW_UPS, true)
				.emptyHint(Messages.InteractionsPage_followUpsEmpty)
				.withFilter(Messages.InteractionsPage_followUpsFilter)
				.column(ElementColumn.of(Messages.InteractionsPage_columnDue, 110, f -> RapportLabels.date(f.getDueDate()),
						Comparator.comparing(FollowUp::getDueDate, Comparator.nullsFirst(Date::compareTo)), false))
				.column(ElementColumn.of(Messages.InteractionsPage_columnContact, 160,
						f -> f.getContact() == null ? "" : RapportLabels.contactName(f.getContact()))) //$NON-NLS-1$
				.column(ElementColumn.of(Messages.InteractionsPage_columnReason, 200, FollowUp::getReason))
				.column(ElementColumn.of(Messages.InteractionsPage_columnStatus, 110, InteractionsPage::status))
				.column(ElementColumn.of(Messages.InteractionsPage_columnAttempt, 70,
						f -> NLS.bind(Messages.InteractionsPage_attemptOf, f.getAttempt(), f.getMaxAttempts()),
						Comparator.comparingInt(FollowUp::getAttempt), true))
				.sortBy(0, false)
				.highlight(FollowUp::isOverdue, ContactsView.OVERDUE_BACKGROUND, ContactsView.OVERDUE_FOREGROUND)
				.initializer(f -> {
					LocalDate today = PlanClock.today();
					f.setDueDate(PlanClock.toDate(FollowUpPreferences.current().defaultDue(today)));
					f.setStatus(FollowUpStatus.OPEN);
					f.setOrigin(FollowUpOrigin.MANUAL);
				}));
	}

	@Override
	protected void createDetails() {
		RapportPackage p = RapportPackage.eINSTANCE;
		registerDetails(p.getInteraction(), new InteractionDetails(getEditor()));
		registerDetails(p.getFollowUp(), new FollowUpDetails(getEditor()));
	}

	static String contacts(Interaction interaction) {
		return interaction.getContacts().stream().map(RapportLabels::contactName).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	static String status(FollowUp followUp) {
		String status = followUp.getStatus() == null ? "" : RapportLabels.literal(followUp.getStatus()); //$NON-NLS-1$
		return followUp.isOverdue() ? NLS.bind(Messages.InteractionsPage_statusOverdue, status) : status;
	}
}
