/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.givetake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.rapport.model.Contact;
import org.rapport.model.Exchange;
import org.rapport.model.ExchangeDirection;
import org.rapport.model.Gratitude;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportPackage;

/** The reckoning of give and take: balances per contact, thanks owed, and saying thanks. */
public final class GiveTake {

	/**
	 * What was exchanged with one person: how many times you gave, how many you received, and the balance the model
	 * derives ({@link Contact#getGiveTakeBalance()}: given minus received).
	 */
	public record Balance(Contact contact, int given, int received, int balance) {
	}

	private GiveTake() {
	}

	/** A row per contact with at least one exchange, in the order of the plan's exchanges. */
	public static List<Balance> balances(NetworkingPlan plan) {
		Map<Contact, int[]> counts = new LinkedHashMap<>();
		for (Exchange exchange : plan.getExchanges()) {
			if (exchange.getContact() != null) {
				int[] given = counts.computeIfAbsent(exchange.getContact(), c -> new int[2]);
				given[exchange.getDirection() == ExchangeDirection.GIVEN ? 0 : 1]++;
			}
		}
		List<Balance> rows = new ArrayList<>(counts.size());
		counts.forEach((contact, given) -> rows.add(new Balance(contact, given[0], given[1], contact.getGiveTakeBalance())));
		return rows;
	}

	/** Whether you received this and have not thanked for it yet. */
	public static boolean owesThanks(Exchange exchange) {
		return exchange.getDirection() == ExchangeDirection.RECEIVED && exchange.getThanks() == null;
	}

	/** How many exchanges of the plan are owed thanks. */
	public static int thanksOwed(NetworkingPlan plan) {
		return (int) plan.getExchanges().stream().filter(GiveTake::owesThanks).count();
	}

	/**
	 * Adds the thank-you note to the plan and links it to the exchange it thanks for, as one command (unexecutable
	 * when the exchange is already thanked).
	 */
	public static Command sayThanks(EditingDomain domain, NetworkingPlan plan, Exchange exchange, Gratitude thanks) {
		if (exchange.getThanks() != null) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand command = new CompoundCommand(Messages.SayThanks_command);
		command.append(AddCommand.create(domain, plan, RapportPackage.Literals.NETWORKING_PLAN__GRATITUDES, thanks));
		command.append(SetCommand.create(domain, exchange, RapportPackage.Literals.EXCHANGE__THANKS, thanks));
		return command;
	}
}
