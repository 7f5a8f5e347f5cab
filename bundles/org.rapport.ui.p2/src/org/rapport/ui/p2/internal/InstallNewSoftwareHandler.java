/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.p2.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.equinox.p2.ui.ProvisioningUI;

/** Help > Install New Software...: p2's install wizard, with Rapport's update site among the sites to work with. */
public class InstallNewSoftwareHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ProvisioningUI ui = ProvisioningUI.getDefaultUI();
		UpdateSite.addOnce(ui);
		ui.openInstallWizard(null, null, null);
		return null;
	}
}
