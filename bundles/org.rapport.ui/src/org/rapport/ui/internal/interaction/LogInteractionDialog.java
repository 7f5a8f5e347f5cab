/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.interaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.core.followup.FollowUpSettings;
import org.rapport.core.followup.FollowUps;
import org.rapport.core.followup.LogRequest;
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.internal.agenda.AgendaMessages;
import org.rapport.ui.internal.views.contacts.FilteredContacts;

/**
 * Log Interaction: contacts (a filterable checkbox list), channel, date, summary and outcome; the open follow-ups
 * of the ticked contacts this interaction answers (those due by its date ticked, those due within the next
 * {@value FollowUps#ANSWER_AHEAD_DAYS} days offered unticked); and an optional next follow-up with what to do then.
 * OK is enabled once a contact is checked and a summary entered; the dialog says what is missing.
 */
public class LogInteractionDialog extends TitleAreaDialog {

	public static final String ID_FILTER = "logInteraction.filter"; //$NON-NLS-1$
	public static final String ID_CONTACTS = "logInteraction.contacts"; //$NON-NLS-1$
	public static final String ID_CHANNEL = "logInteraction.channel"; //$NON-NLS-1$
	public static final String ID_DATE = "logInteraction.date"; //$NON-NLS-1$
	public static final String ID_SUMMARY = "logInteraction.summary"; //$NON-NLS-1$
	public static final String ID_FOLLOW_UP = "logInteraction.followUp"; //$NON-NLS-1$
	public static final String ID_FOLLOW_UP_DATE = "logInteraction.followUpDate"; //$NON-NLS-1$
	public static final String ID_OUTCOME = "logInteraction.outcome"; //$NON-NLS-1$
	public static final String ID_ANSWERS = "logInteraction.answers"; //$NON-NLS-1$
	public static final String ID_NEXT_REASON = "logInteraction.nextReason"; //$NON-NLS-1$

	private final NetworkingPlan plan;
	private final LocalDate today;
	private final FollowUpSettings cadences;
	private final Set<Contact> checked = new LinkedHashSet<>();
	/** What the user ticked or unticked among the follow-ups to answer; the others follow their due date. */
	private final Map<FollowUp, Boolean> answerChoices = new HashMap<>();
	private List<FollowUp> answerable = List.of();

	private CheckboxTableViewer contactsViewer;
	private ComboViewer channelViewer;
	private DateTime date;
	private Text summary;
	private Text outcome;
	private CheckboxTableViewer answersViewer;
	private Label answersNone;
	private Button followUp;
	private DateTime followUpDate;
	private Text nextReason;
	private boolean touched;
	private LogRequest request;

	public LogInteractionDialog(Shell parent, NetworkingPlan plan, LocalDate today, FollowUpSettings cadences,
			Collection<Contact> preselected) {
		super(parent);
		this.plan = plan;
		this.today = today;
		this.cadences = cadences;
		checked.addAll(preselected);
		setHelpAvailable(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(AgendaMessages.Log_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(AgendaMessages.Log_title);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		label(body, AgendaMessages.Log_contacts).setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
		Composite contacts = new Composite(body, SWT.NONE);
		GridLayout contactsLayout = new GridLayout(1, false);
		contactsLayout.marginWidth = 0;
		contactsLayout.marginHeight = 0;
		contacts.setLayout(contactsLayout);
		contacts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Text filter = new Text(contacts, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		filter.setMessage(AgendaMessages.Log_filterHint);
		filter.setData(UiIds.KEY, ID_FILTER);
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		contactsViewer = CheckboxTableViewer.newCheckList(contacts, SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
		contactsViewer.getTable().setData(UiIds.KEY, ID_CONTACTS);
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 150).applyTo(contactsViewer.getTable());
		contactsViewer.setContentProvider(ArrayContentProvider.getInstance());
		contactsViewer.setLabelProvider(LabelProvider.createTextProvider(o -> RapportLabels.contact((Contact) o)));
		// the Contacts view's index: its order, and found as there ("bergstrom" finds Bergström, words in any order)
		FilteredContacts index = new FilteredContacts();
		index.setContacts(plan.getContacts());
		contactsViewer.setInput(index.rows());
		// the checked set survives filtering: it is ours, not the table's
		contactsViewer.setCheckStateProvider(new org.eclipse.jface.viewers.ICheckStateProvider() {
			@Override
			public boolean isChecked(Object element) {
				return checked.contains(element);
			}

			@Override
			public boolean isGrayed(Object element) {
				return false;
			}
		});
		contactsViewer.addCheckStateListener(e -> {
			if (e.getChecked()) {
				checked.add((Contact) e.getElement());
			} else {
				checked.remove(e.getElement());
			}
			touched = true;
			updateAnswerable();
			validate();
		});
		filter.addModifyListener(e -> {
			index.setFilter(filter.getText());
			contactsViewer.setInput(index.rows());
		});
		if (!checked.isEmpty()) {
			contactsViewer.reveal(checked.iterator().next());
		}

		label(body, AgendaMessages.Log_channel);
		channelViewer = new ComboViewer(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		Combo combo = channelViewer.getCombo();
		combo.setData(UiIds.KEY, ID_CHANNEL);
		channelViewer.setContentProvider(ArrayContentProvider.getInstance());
		channelViewer.setLabelProvider(LabelProvider.createTextProvider(o -> RapportLabels.literal((Channel) o)));
		channelViewer.setInput(Channel.VALUES);
		channelViewer.setSelection(new StructuredSelection(Channel.EMAIL));

		label(body, AgendaMessages.Log_date);
		date = new DateTime(body, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN | SWT.BORDER);
		date.setData(UiIds.KEY, ID_DATE);
		set(date, today);
		date.addListener(SWT.Selection, e -> updateAnswerable());

		label(body, AgendaMessages.Log_summary).setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
		summary = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		summary.setData(UiIds.KEY, ID_SUMMARY);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, 48).applyTo(summary);
		summary.addModifyListener(e -> {
			touched = true;
			validate();
		});
		summary.addTraverseListener(e -> {
			// Tab moves on in a dialog instead of inserting a tab character
			if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = true;
			}
		});

		label(body, AgendaMessages.Log_outcome);
		outcome = new Text(body, SWT.BORDER | SWT.SINGLE);
		outcome.setData(UiIds.KEY, ID_OUTCOME);
		outcome.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		label(body, AgendaMessages.Log_answers).setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
		Composite answers = new Composite(body, SWT.NONE);
		GridLayout answersLayout = new GridLayout(1, false);
		answersLayout.marginWidth = 0;
		answersLayout.marginHeight = 0;
		answers.setLayout(answersLayout);
		answers.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		answersNone = new Label(answers, SWT.WRAP);
		answersNone.setText(AgendaMessages.Log_answersNone);
		answersNone.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		answersViewer = CheckboxTableViewer.newCheckList(answers, SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
		answersViewer.getTable().setData(UiIds.KEY, ID_ANSWERS);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, 70).applyTo(answersViewer.getTable());
		answersViewer.setContentProvider(ArrayContentProvider.getInstance());
		// a long reason runs past the list's edge: its whole text shows on hovering
		answersViewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return answerLabel((FollowUp) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}
		});
		ColumnViewerToolTipSupport.enableFor(answersViewer);
		answersViewer.setCheckStateProvider(new org.eclipse.jface.viewers.ICheckStateProvider() {
			@Override
			public boolean isChecked(Object element) {
				return isAnswered((FollowUp) element);
			}

			@Override
			public boolean isGrayed(Object element) {
				return false;
			}
		});
		answersViewer.addCheckStateListener(e -> answerChoices.put((FollowUp) e.getElement(), e.getChecked()));

		followUp = new Button(body, SWT.CHECK);
		followUp.setText(AgendaMessages.Log_followUp);
		followUp.setData(UiIds.KEY, ID_FOLLOW_UP);
		followUpDate = new DateTime(body, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN | SWT.BORDER);
		followUpDate.setData(UiIds.KEY, ID_FOLLOW_UP_DATE);
		set(followUpDate, cadences.defaultDue(today));
		label(body, AgendaMessages.Log_nextReason);
		nextReason = new Text(body, SWT.BORDER | SWT.SINGLE);
		nextReason.setData(UiIds.KEY, ID_NEXT_REASON);
		nextReason.setMessage(AgendaMessages.Log_nextReasonHint);
		nextReason.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		followUpDate.setEnabled(false);
		nextReason.setEnabled(false);
		followUp.addListener(SWT.Selection, e -> {
			followUpDate.setEnabled(followUp.getSelection());
			nextReason.setEnabled(followUp.getSelection());
		});

		Arrays.asList(filter, summary).forEach(t -> t.addListener(SWT.FocusIn, e -> t.selectAll()));
		updateAnswerable();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	@Override
	public void create() {
		super.create();
		if (checked.isEmpty()) {
			contactsViewer.getTable().getParent().getChildren()[0].setFocus();
		} else {
			summary.setFocus();
		}
	}

	private void validate() {
		if (summary == null || getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		String problem = current(false).problem();
		if (problem == null) {
			setErrorMessage(null);
			setMessage(AgendaMessages.Log_message);
		} else if (touched) {
			setErrorMessage(problem);
		} else {
			setMessage(problem);
		}
		getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
	}

	private LogRequest current(boolean withFollowUp) {
		Channel channel = (Channel) channelViewer.getStructuredSelection().getFirstElement();
		boolean next = withFollowUp && followUp.getSelection();
		List<FollowUp> answered = answerable.stream().filter(this::isAnswered).toList();
		return new LogRequest(new ArrayList<>(checked), channel, get(date), summary.getText(), outcome.getText(),
				answered, next ? cadences.nextWorkingDay(get(followUpDate)) : null, next ? nextReason.getText() : null);
	}

	private boolean isAnswered(FollowUp followUp) {
		Boolean choice = answerChoices.get(followUp);
		return choice != null ? choice : FollowUps.answeredByDefault(followUp, get(date));
	}

	/** Lists the follow-ups the ticked contacts have open by the chosen date (and a week after it). */
	private void updateAnswerable() {
		if (answersViewer == null) {
			return;
		}
		answerable = FollowUps.answerable(checked, get(date));
		answersViewer.setInput(answerable);
		boolean none = answerable.isEmpty();
		answersNone.setVisible(none);
		((GridData) answersNone.getLayoutData()).exclude = !none;
		answersViewer.getTable().setVisible(!none);
		((GridData) answersViewer.getTable().getLayoutData()).exclude = none;
		answersViewer.getTable().getParent().layout(true);
	}

	private String answerLabel(FollowUp followUp) {
		String reason = followUp.getReason() == null || followUp.getReason().isBlank()
				? RapportLabels.text(followUp) : followUp.getReason().strip();
		boolean overdue = FollowUps.isOverdue(followUp, today);
		return org.eclipse.osgi.util.NLS.bind(overdue ? AgendaMessages.Log_answerOverdue : AgendaMessages.Log_answerDue,
				new Object[] { RapportLabels.contactName(followUp.getContact()), reason,
						RapportLabels.date(followUp.getDueDate()) });
	}

	@Override
	protected void okPressed() {
		LogRequest entered = current(true);
		if (entered.problem() != null) {
			touched = true;
			validate();
			return;
		}
		request = entered;
		super.okPressed();
	}

	/** What was entered, after OK; {@code null} when cancelled. */
	public LogRequest getRequest() {
		return request;
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	static void set(DateTime widget, LocalDate day) {
		widget.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
	}

	static LocalDate get(DateTime widget) {
		return LocalDate.of(widget.getYear(), widget.getMonth() + 1, widget.getDay());
	}
}
