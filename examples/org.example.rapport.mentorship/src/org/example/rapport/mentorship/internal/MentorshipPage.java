/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.rapport.mentorship.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.example.rapport.mentorship.MentorshipCommands;
import org.example.rapport.mentorship.Mentors;
import org.rapport.core.strategies.Finding;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Skill;
import org.rapport.model.Tier;
import org.rapport.model.derived.PlanClock;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.review.ReviewContext;

/**
 * The mentorship review page: the strategy's findings about skills and mentors in a table; for a skill,
 * ask someone for mentoring or tag them as a mentor; for a mentor gone quiet, plan a conversation. Every
 * action goes through {@link ReviewContext#execute} (one undo step) and is recorded as a decision.
 */
public final class MentorshipPage extends WizardPage {

	private final ReviewContext context;
	private final List<Finding> findings = new ArrayList<>();
	private TableViewer table;
	private ComboViewer person;
	private DateTime due;
	private Button ask;
	private Button tag;
	private Button reconnect;

	public MentorshipPage(ReviewContext context) {
		super("org.example.rapport.mentorship.review", Messages.Page_title, null); //$NON-NLS-1$
		setDescription(Messages.Page_description);
		this.context = context;
		for (Finding finding : context.getFindings()) {
			if (finding.getSubject() instanceof Skill || finding.getSubject() instanceof Contact) {
				findings.add(finding);
			}
		}
		setPageComplete(true);
	}

	public boolean isEmpty() {
		return findings.isEmpty();
	}

	@Override
	public void createControl(Composite parent) {
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(top);
		table = new TableViewer(top, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		TableViewerColumn message = new TableViewerColumn(table, SWT.LEFT);
		message.getColumn().setText(Messages.Page_columnFinding);
		message.getColumn().setWidth(420);
		message.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> ((Finding) e).getMessage()));
		TableViewerColumn suggestion = new TableViewerColumn(table, SWT.LEFT);
		suggestion.getColumn().setText(Messages.Page_columnSuggestion);
		suggestion.getColumn().setWidth(300);
		suggestion.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> {
			String action = ((Finding) e).getSuggestedAction();
			return action == null ? "" : action; //$NON-NLS-1$
		}));
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(findings);
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 180).applyTo(table.getControl());

		Group actions = new Group(top, SWT.NONE);
		actions.setText(Messages.Page_actions);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(actions);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(actions);
		new Label(actions, SWT.NONE).setText(Messages.Page_person);
		person = new ComboViewer(actions, SWT.READ_ONLY);
		person.setContentProvider(ArrayContentProvider.getInstance());
		person.setLabelProvider(LabelProvider.createTextProvider(e -> RapportLabels.contact((Contact) e)));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(person.getControl());
		new Label(actions, SWT.NONE).setText(Messages.Page_due);
		LocalDate inAWeek = PlanClock.today().plusDays(7);
		due = new DateTime(actions, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		due.setDate(inAWeek.getYear(), inAWeek.getMonthValue() - 1, inAWeek.getDayOfMonth());

		Composite buttons = new Composite(actions, SWT.NONE);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(buttons);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		ask = button(buttons, Messages.Page_ask, this::askForMentoring);
		tag = button(buttons, Messages.Page_tag, this::tagAsMentor);
		reconnect = button(buttons, Messages.Page_reconnect, this::reconnect);

		table.addSelectionChangedListener(e -> selectionChanged());
		person.addSelectionChangedListener(e -> updateButtons());
		if (!findings.isEmpty()) {
			table.setSelection(new StructuredSelection(findings.get(0)));
		}
		setControl(top);
		selectionChanged();
	}

	private static Button button(Composite parent, String text, Runnable run) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> run.run());
		return button;
	}

	private EObject subject() {
		Object selected = ((IStructuredSelection) table.getSelection()).getFirstElement();
		return selected == null ? null : ((Finding) selected).getSubject();
	}

	private Contact chosen() {
		return (Contact) ((IStructuredSelection) person.getSelection()).getFirstElement();
	}

	private void selectionChanged() {
		EObject subject = subject();
		NetworkingPlan plan = context.getPlan();
		// who to offer: for a skill, the people whose feedback already shapes it, then the mentors, then the
		// key people (tiers A and B); for a mentor, that mentor
		Set<Contact> people = new LinkedHashSet<>();
		if (subject instanceof Skill skill) {
			people.addAll(Mentors.candidatesFor(plan, skill));
			people.addAll(Mentors.mentors(plan));
			plan.getContacts().stream().filter(c -> c.getTier() == Tier.A || c.getTier() == Tier.B).forEach(people::add);
		} else if (subject instanceof Contact contact) {
			people.add(contact);
		}
		person.setInput(List.copyOf(people));
		if (!people.isEmpty()) {
			person.setSelection(new StructuredSelection(people.iterator().next()));
		}
		updateButtons();
	}

	private void updateButtons() {
		EObject subject = subject();
		Contact contact = chosen();
		ask.setEnabled(subject instanceof Skill && contact != null);
		tag.setEnabled(subject instanceof Skill && contact != null && !Mentors.isMentor(contact));
		reconnect.setEnabled(subject instanceof Contact);
	}

	private LocalDate dueDay() {
		return LocalDate.of(due.getYear(), due.getMonth() + 1, due.getDay());
	}

	private void askForMentoring() {
		Skill skill = (Skill) subject();
		Contact contact = chosen();
		String skillName = skill.getName() == null ? "" : skill.getName().strip(); //$NON-NLS-1$
		run(MentorshipCommands.planFollowUp(context.getEditingDomain(), context.getPlan(), contact, dueDay(),
				MentorshipCommands.askReason(skillName)),
				NLS.bind(Messages.Decision_ask, RapportLabels.contactName(contact), skillName));
	}

	private void tagAsMentor() {
		Contact contact = chosen();
		run(MentorshipCommands.tagAsMentor(context.getEditingDomain(), contact),
				NLS.bind(Messages.Decision_tag, RapportLabels.contactName(contact)));
	}

	private void reconnect() {
		Contact contact = (Contact) subject();
		run(MentorshipCommands.planFollowUp(context.getEditingDomain(), context.getPlan(), contact, dueDay(),
				Messages.Reason_reconnect), NLS.bind(Messages.Decision_reconnect, RapportLabels.contactName(contact)));
	}

	private void run(Command command, String decision) {
		if (context.execute(command)) {
			context.addDecision(decision);
			setMessage(decision, INFORMATION);
		} else {
			setMessage(Messages.Page_unchanged, INFORMATION);
		}
		updateButtons();
	}
}
