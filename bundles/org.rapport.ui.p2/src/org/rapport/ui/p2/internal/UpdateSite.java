/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.p2.internal;

import java.net.URI;
import java.net.URISyntaxException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.repository.IRepository;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Rapport's update site, predefined: its location is the product's preference {@code org.rapport.ui.p2/updateSite}
 * (set in the product's plugin_customization.ini). It is added to p2's known sites once per location, so a user who
 * removes it from Available Software Sites keeps it removed until the product names another.
 */
final class UpdateSite {

	static final String PLUGIN_ID = "org.rapport.ui.p2"; //$NON-NLS-1$
	static final String LOCATION = "updateSite"; //$NON-NLS-1$
	/** The location last added, in the instance scope: a later product's new location is added again. */
	private static final String ADDED = "updateSiteAdded"; //$NON-NLS-1$

	private UpdateSite() {
	}

	/** Adds the product's update site to p2's metadata and artifact repositories unless it was added before. */
	static void addOnce(ProvisioningUI ui) {
		String location = Platform.getPreferencesService().getString(PLUGIN_ID, LOCATION, "", null).trim(); //$NON-NLS-1$
		if (location.isEmpty()) {
			return;
		}
		var preferences = InstanceScope.INSTANCE.getNode(PLUGIN_ID);
		if (location.equals(preferences.get(ADDED, null))) {
			return;
		}
		URI uri;
		try {
			uri = new URI(location);
		} catch (URISyntaxException e) {
			ILog.of(UpdateSite.class).error("The product's update site is not a valid location: " + location, e); //$NON-NLS-1$
			return;
		}
		IProvisioningAgent agent = ui.getSession().getProvisioningAgent();
		add(agent.getService(IMetadataRepositoryManager.class), uri);
		add(agent.getService(IArtifactRepositoryManager.class), uri);
		preferences.put(ADDED, location);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(UpdateSite.class).warn("Could not remember that the update site was added", e); //$NON-NLS-1$
		}
	}

	private static void add(IRepositoryManager<?> manager, URI uri) {
		if (manager == null) {
			return;
		}
		manager.addRepository(uri);
		manager.setRepositoryProperty(uri, IRepository.PROP_NICKNAME, Messages.UpdateSite_name);
	}
}
