/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.givetake;

import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.AbstractFormPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.rapport.model.Exchange;
import org.rapport.model.ExchangeDirection;
import org.rapport.model.Gratitude;
import org.rapport.model.RapportPackage;
import org.rapport.model.derived.PlanClock;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.forms.ComputedTablePart;
import org.rapport.ui.internal.forms.ElementColumn;
import org.rapport.ui.internal.forms.ElementListPart;
import org.rapport.ui.internal.forms.MasterDetailsFormPage;

/**
 * Give and take: the ledger of exchanges given and received (with the thanks still owed, and Say Thanks to record
 * a thank-you note for one) and the thank-you notes on the left; the details, and under them the balance per
 * contact the ledger adds up to, on the right.
 */
public final class GiveTakePage extends MasterDetailsFormPage {

	public static final String ID = "givetake"; //$NON-NLS-1$

	/** Which exchanges the ledger shows. */
	private enum Show {
		ALL, GIVEN, RECEIVED, OWED
	}

	private Show show = Show.ALL;
	private final Map<Show, Button> showButtons = new EnumMap<>(Show.class);
	private ElementListPart<Exchange> ledger;

	public GiveTakePage(PlanEditor editor) {
		super(editor, ID, Messages.GiveTakePage_tab, RapportPackage.Literals.EXCHANGE,
				RapportPackage.Literals.GRATITUDE);
	}

	@Override
	protected String getHeading() {
		return Messages.GiveTakePage_title;
	}

	@Override
	protected void createLists(Composite parent, FormToolkit toolkit) {
		RapportPackage p = RapportPackage.eINSTANCE;
		Comparator<Exchange> byDate = Comparator.comparing(Exchange::getDate, Comparator.nullsLast(Date::compareTo));
		ledger = addList(new ElementListPart<>(this, parent, toolkit, Messages.GiveTakePage_ledger,
				Messages.GiveTakePage_ledgerDescription, p.getNetworkingPlan_Exchanges(), Exchange.class,
				GiveTakeIds.LEDGER, true)
				.emptyHint(Messages.GiveTakePage_ledgerEmpty)
				.withFilter(Messages.GiveTakePage_filterHint)
				.column(ElementColumn.of(Messages.GiveTakePage_columnDate, 110, e -> RapportLabels.date(e.getDate()), byDate,
						false))
				.column(ElementColumn.of(Messages.GiveTakePage_columnDirection, 75,
						e -> RapportLabels.literal(e.getDirection())))
				.column(ElementColumn.of(Messages.GiveTakePage_columnContact, 125,
						e -> e.getContact() == null ? "" : RapportLabels.contactName(e.getContact()))) //$NON-NLS-1$
				.column(ElementColumn.of(Messages.GiveTakePage_columnKind, 85,
						e -> e.getKind() == null ? "" : RapportLabels.literal(e.getKind()))) //$NON-NLS-1$
				.column(ElementColumn.of(Messages.GiveTakePage_columnThanks, 140, GiveTakePage::thanksText))
				.column(ElementColumn.of(Messages.GiveTakePage_columnDescription, 220, Exchange::getDescription))
				.sortBy(0, false)
				.userFilter(this::shows, this::showAll)
				.initializer(e -> {
					e.setDate(PlanClock.toDate(PlanClock.today()));
					e.setDirection(show == Show.RECEIVED || show == Show.OWED ? ExchangeDirection.RECEIVED
							: ExchangeDirection.GIVEN);
				})
				.button(Messages.GiveTakePage_sayThanks, Messages.GiveTakePage_sayThanksTip, GiveTakeIds.SAY_THANKS,
						selected -> selected.size() == 1 && GiveTake.owesThanks(selected.get(0)),
						selected -> sayThanks(selected.get(0))));
		createShowChoice(ledger.createBar(), toolkit);

		addList(new ElementListPart<>(this, parent, toolkit, Messages.GiveTakePage_gratitudes,
				Messages.GiveTakePage_gratitudesDescription, p.getNetworkingPlan_Gratitudes(), Gratitude.class,
				GiveTakeIds.GRATITUDES)
				.emptyHint(Messages.GiveTakePage_gratitudesEmpty)
				.column(ElementColumn.of(Messages.GiveTakePage_columnDate, 110, g -> RapportLabels.date(g.getDate()),
						Comparator.comparing(Gratitude::getDate, Comparator.nullsLast(Date::compareTo)), false))
				.column(ElementColumn.of(Messages.GiveTakePage_columnContact, 130,
						g -> g.getContact() == null ? "" : RapportLabels.contactName(g.getContact()))) //$NON-NLS-1$
				.column(ElementColumn.of(Messages.GiveTakePage_columnChannel, 80,
						g -> g.getChannel() == null ? "" : RapportLabels.literal(g.getChannel()))) //$NON-NLS-1$
				.column(ElementColumn.of(Messages.GiveTakePage_columnFor, 220,
						g -> g.getExchange() == null ? "" : RapportLabels.exchange(g.getExchange()))) //$NON-NLS-1$
				.sortBy(0, false)
				.initializer(g -> g.setDate(PlanClock.toDate(PlanClock.today()))));

		((SashForm) parent).setWeights(60, 40);
	}

	private void createShowChoice(Composite bar, FormToolkit toolkit) {
		toolkit.createLabel(bar, Messages.GiveTakePage_show);
		radio(bar, toolkit, Show.ALL, Messages.GiveTakePage_showAll, GiveTakeIds.SHOW_ALL);
		radio(bar, toolkit, Show.GIVEN, Messages.GiveTakePage_showGiven, GiveTakeIds.SHOW_GIVEN);
		radio(bar, toolkit, Show.RECEIVED, Messages.GiveTakePage_showReceived, GiveTakeIds.SHOW_RECEIVED);
		Button owed = radio(bar, toolkit, Show.OWED, owedText(), GiveTakeIds.SHOW_OWED);
		// the count of thanks owed follows every change of the plan
		addPart(new AbstractFormPart() {
			@Override
			public void refresh() {
				String text = owedText();
				if (!owed.isDisposed() && !text.equals(owed.getText())) {
					owed.setText(text);
					bar.layout(true);
				}
				super.refresh();
			}
		});
	}

	private String owedText() {
		return NLS.bind(Messages.GiveTakePage_showOwed, GiveTake.thanksOwed(getEditor().getPlan()));
	}

	private Button radio(Composite bar, FormToolkit toolkit, Show which, String label, String id) {
		Button button = toolkit.createButton(bar, label, SWT.RADIO);
		button.setData(UiIds.KEY, id);
		button.setSelection(which == show);
		button.addListener(SWT.Selection, e -> {
			if (button.getSelection() && show != which) {
				show = which;
				ledger.refresh();
			}
		});
		showButtons.put(which, button);
		return button;
	}

	/** The balance per contact, below the details: it follows every exchange edited on the left. */
	@Override
	protected void createBelowDetails(Composite parent, FormToolkit toolkit) {
		addPart(new ComputedTablePart<GiveTake.Balance>(parent, toolkit, Messages.GiveTakePage_balance,
				Messages.GiveTakePage_balanceDescription, GiveTakeIds.BALANCE, () -> GiveTake.balances(getEditor().getPlan()))
				.column(ElementColumn.of(Messages.GiveTakePage_columnContact, 150, b -> RapportLabels.contactName(b.contact())))
				.column(ElementColumn.of(Messages.GiveTakePage_columnGiven, 55, b -> String.valueOf(b.given()),
						Comparator.comparingInt(GiveTake.Balance::given), true))
				.column(ElementColumn.of(Messages.GiveTakePage_columnReceived, 75, b -> String.valueOf(b.received()),
						Comparator.comparingInt(GiveTake.Balance::received), true))
				.column(ElementColumn.of(Messages.GiveTakePage_columnBalance, 65, b -> signed(b.balance()),
						Comparator.comparingInt(GiveTake.Balance::balance), true))
				.icon(GiveTake.Balance::contact)
				.key(GiveTake.Balance::contact)
				.sortBy(3, true)
				.onOpen(b -> getEditor().select(b.contact())));
		((SashForm) parent).setWeights(55, 45);
	}

	@Override
	protected void createDetails() {
		registerDetails(RapportPackage.Literals.EXCHANGE, new ExchangeDetails(getEditor()));
		registerDetails(RapportPackage.Literals.GRATITUDE, new GratitudeDetails(getEditor()));
	}

	private boolean shows(Exchange exchange) {
		return switch (show) {
		case ALL -> true;
		case GIVEN -> exchange.getDirection() == ExchangeDirection.GIVEN;
		case RECEIVED -> exchange.getDirection() == ExchangeDirection.RECEIVED;
		case OWED -> GiveTake.owesThanks(exchange);
		};
	}

	/** Shows every exchange (to show one the choice hides). */
	private void showAll() {
		show = Show.ALL;
		showButtons.forEach((which, button) -> button.setSelection(which == Show.ALL));
	}

	private void sayThanks(Exchange exchange) {
		SayThanksDialog dialog = new SayThanksDialog(getSite().getShell(), exchange, PlanClock.today());
		if (dialog.open() != Window.OK || dialog.getThanks() == null) {
			return;
		}
		Command command = GiveTake.sayThanks(getEditor().getEditingDomain(), getEditor().getPlan(), exchange,
				dialog.getThanks());
		if (command.canExecute()) {
			getEditor().getEditingDomain().getCommandStack().execute(command);
		}
	}

	static String thanksText(Exchange exchange) {
		if (exchange.getThanks() != null) {
			return NLS.bind(Messages.GiveTakePage_thanked, RapportLabels.date(exchange.getThanks().getDate()));
		}
		return GiveTake.owesThanks(exchange) ? Messages.GiveTakePage_owed : ""; //$NON-NLS-1$
	}

	/** A balance with its sign: +2, 0, −1. */
	static String signed(int balance) {
		return balance > 0 ? "+" + balance : balance < 0 ? "\u2212" + -balance : "0"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
