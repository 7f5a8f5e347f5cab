package org.rapport.ui.internal.interaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
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
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.internal.agenda.AgendaMessages;
import org.rapport.ui.internal.agenda.Cadences;

/**
 * Log Interaction: contacts (a filterable checkbox list), channel, date, summary and an optional follow-up date.
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

	private final NetworkingPlan plan;
	private final LocalDate today;
	private final Cadences cadences;
	private final Set<Contact> checked = new LinkedHashSet<>();

	private CheckboxTableViewer contactsViewer;
	private ComboViewer channelViewer;
	private DateTime date;
	private Text summary;
	private Button followUp;
	private DateTime followUpDate;
	private boolean touched;
	private InteractionRequest request;

	public LogInteractionDialog(Shell parent, NetworkingPlan plan, LocalDate today, Cadences cadences,
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
		GridDataFactory.fillDefaults().grab(true, true).hint(360, 180).applyTo(contactsViewer.getTable());
		contactsViewer.setContentProvider(ArrayContentProvider.getInstance());
		contactsViewer.setLabelProvider(LabelProvider.createTextProvider(o -> RapportLabels.contact((Contact) o)));
		List<Contact> all = new ArrayList<>(plan.getContacts());
		all.sort(Comparator.comparing(c -> RapportLabels.contactName(c).toLowerCase(Locale.ROOT)));
		contactsViewer.setInput(all);
		contactsViewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parentElement, Object element) {
				String text = filter.getText().strip().toLowerCase(Locale.ROOT);
				return text.isEmpty() || RapportLabels.contact((Contact) element).toLowerCase(Locale.ROOT).contains(text);
			}
		});
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
			validate();
		});
		filter.addModifyListener(e -> contactsViewer.refresh());
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

		label(body, AgendaMessages.Log_summary).setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
		summary = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		summary.setData(UiIds.KEY, ID_SUMMARY);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, 60).applyTo(summary);
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

		followUp = new Button(body, SWT.CHECK);
		followUp.setText(AgendaMessages.Log_followUp);
		followUp.setData(UiIds.KEY, ID_FOLLOW_UP);
		followUpDate = new DateTime(body, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN | SWT.BORDER);
		followUpDate.setData(UiIds.KEY, ID_FOLLOW_UP_DATE);
		set(followUpDate, cadences.defaultDue(today));
		followUpDate.setEnabled(false);
		followUp.addListener(SWT.Selection, e -> followUpDate.setEnabled(followUp.getSelection()));

		Arrays.asList(filter, summary).forEach(t -> t.addListener(SWT.FocusIn, e -> t.selectAll()));
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

	private InteractionRequest current(boolean withFollowUp) {
		Channel channel = (Channel) channelViewer.getStructuredSelection().getFirstElement();
		return new InteractionRequest(new ArrayList<>(checked), channel, get(date), summary.getText(),
				withFollowUp && followUp.getSelection() ? cadences.nextWorkingDay(get(followUpDate)) : null);
	}

	@Override
	protected void okPressed() {
		InteractionRequest entered = current(true);
		if (entered.problem() != null) {
			touched = true;
			validate();
			return;
		}
		request = entered;
		super.okPressed();
	}

	/** What was entered, after OK; {@code null} when cancelled. */
	public InteractionRequest getRequest() {
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
