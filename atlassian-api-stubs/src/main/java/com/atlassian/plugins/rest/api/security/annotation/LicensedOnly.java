package com.atlassian.plugins.rest.api.security.annotation;

import io.phasegate.stubs.ApiSource;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only stub of the REST v2 access annotation "permits resource access only to users assigned
 * a product license". Read at run time by the REST framework, so its retention is {@code RUNTIME}.
 *
 * <p>Source: https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints
 * (Platform 7 / Jira 10 access annotations: AdminOnly, AnonymousSiteAccess, LicensedOnly,
 * SystemAdminOnly, UnlicensedSiteAccess, UnrestrictedAccess). Package: Atlassian's Slack plugin on
 * Jira 10.0.0 imports its sibling {@code com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess}
 * ({@code web/rest/PluginInfoResource.java}); alanmosely/basic-jira-development-panels imports
 * {@code com.atlassian.plugins.rest.api.security.annotation.LicensedOnly} itself (a later, Jira 11 build).
 */
@ApiSource(
        value =
                "https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints",
        note = "Atlassian Platform 7 doc (semantics); package from the Jira 10.0.0 Slack plugin @5e676f6"
                + " (AnonymousSiteAccess in the same package) and alanmosely/basic-jira-development-panels"
                + " (LicensedOnly, Jira 11 build); not seen in a Jira 10 caller itself")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LicensedOnly {}
