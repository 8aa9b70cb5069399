//! The recognizer as a table: every message text quoted in the two facts files, in the
//! renderings each SDK and tool really prints, → the source, version range, status, error type,
//! request id and steps it must report; and texts that are not credential problems → what they
//! are, never a bad key.

use key_doctor::diagnose::error_text::{Kind, Recognition, recognize};

/// One row: a text and what must be recognized in it. Empty strings and 0 mean "not checked".
#[derive(Clone, Copy)]
struct Case {
    name: &'static str,
    text: &'static str,
    source: &'static str,
    version: &'static str,
    status: u16,
    error_type: &'static str,
    request_id: &'static str,
    /// The steps in order; for not-auth cases the closest step, if any.
    steps: &'static [&'static str],
    /// For texts that are not credential problems: what they are.
    not_auth: &'static str,
    /// Nothing must be recognized.
    unknown: bool,
}

const E: Case = Case {
    name: "",
    text: "",
    source: "",
    version: "",
    status: 0,
    error_type: "",
    request_id: "",
    steps: &[],
    not_auth: "",
    unknown: false,
};

const KEY: &str =
    "sk-ant-api03-pTyGJMuHbEL31IeL2HPcHyGcFRl1SPnXNYvMIHa_2o76umfXfKm_r5kJP1VrT-1FJors_6ILi8IHn5kxsC7tVO_HbkQfyAA";

const CASES: &[Case] = &[
    // ---- Python SDK -------------------------------------------------------------------------
    Case {
        name: "python 401 invalid x-api-key",
        text: "anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}, 'request_id': 'req_011CYhr1kdGzCrPHfrhibMen'}",
        source: "python-sdk",
        status: 401,
        error_type: "authentication_error",
        request_id: "req_011CYhr1kdGzCrPHfrhibMen",
        steps: &["key-listed"],
        ..E
    },
    Case {
        name: "python traceback, old body without request id",
        text: "Traceback (most recent call last):\n  File \"/app/main.py\", line 8, in <module>\n    message = client.messages.create(\n  File \"/usr/lib/python3.12/site-packages/anthropic/_base_client.py\", line 1061, in request\n    raise self._make_status_error_from_response(err.response) from None\nanthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}",
        source: "python-sdk",
        status: 401,
        error_type: "authentication_error",
        steps: &["key-listed"],
        ..E
    },
    Case {
        name: "python 2.x sends the key as Bearer: the key is the likely cause",
        text: "$ pip freeze | grep anthropic\nanthropic==2.3.1\n$ python app.py\nanthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'Invalid bearer token'}, 'request_id': 'req_01ABCDEFGHIJKLMNOPQRSTUV'}",
        source: "python-sdk",
        version: ">=2.0",
        status: 401,
        request_id: "req_01ABCDEFGHIJKLMNOPQRSTUV",
        steps: &["key-listed", "bearer-works-differently"],
        ..E
    },
    Case {
        name: "python <=0.97 no credential",
        text: "TypeError: \"Could not resolve authentication method. Expected either api_key or auth_token to be set. Or for one of the `X-Api-Key` or `Authorization` headers to be explicitly omitted\"",
        source: "python-sdk",
        version: "<=0.97",
        steps: &["key-not-set"],
        ..E
    },
    Case {
        name: "python 0.98-1.17 no credential",
        text: "  File \"/venv/lib/python3.11/site-packages/anthropic/_client.py\", line 445, in _validate_headers\n    raise TypeError(\nTypeError: \"Could not resolve authentication method. Expected one of api_key, auth_token, or credentials to be set. Or for one of the `X-Api-Key` or `Authorization` headers to be explicitly omitted\"",
        source: "python-sdk",
        version: "0.98-1.17",
        steps: &["key-not-set"],
        ..E
    },
    Case {
        name: "python 2.x no credential",
        text: "TypeError: \"Could not resolve authentication method. Expected one of api_key, auth_token, or credentials to be set. Or for the `Authorization` header to be explicitly omitted\"",
        source: "python-sdk",
        version: ">=2.0",
        steps: &["key-not-set"],
        ..E
    },
    Case {
        name: "no credential and half a federation set-up",
        text: "ANTHROPIC_FEDERATION_RULE_ID=fdrl_01abc\nTypeError: \"Could not resolve authentication method. Expected one of api_key, auth_token, or credentials to be set. Or for the `Authorization` header to be explicitly omitted\"",
        version: ">=2.0",
        steps: &["key-not-set", "federation-partial-env"],
        ..E
    },
    Case {
        name: "python 2.x two credential arguments",
        text: "ValueError: Pass at most one of `api_key=`, `auth_token=`, `credentials=`, `config=`, or `profile=`. Received `api_key=`, `auth_token=`.",
        source: "python-sdk",
        version: ">=2.0",
        steps: &["two-credential-arguments"],
        ..E
    },
    Case {
        name: "python 0.98-1.17 two providers",
        text: "TypeError: Pass at most one of `credentials=`, `config=`, or `profile=`.",
        source: "python-sdk",
        version: "0.98-1.17",
        steps: &["two-credential-arguments"],
        ..E
    },
    Case {
        name: "python 2.x warning: key and token both set",
        text: "WARNING:anthropic:Anthropic: ANTHROPIC_API_KEY and ANTHROPIC_AUTH_TOKEN are both set. Using ANTHROPIC_API_KEY.",
        source: "python-sdk",
        version: ">=2.0",
        steps: &["key-and-token-both-set"],
        ..E
    },
    Case {
        name: "python warning: env key shadows the profile",
        text: "ANTHROPIC_API_KEY is set and takes precedence over the SDK's profile / federation auto-discovery; unset ANTHROPIC_API_KEY to use the auto-discovered credential.",
        source: "python-sdk",
        version: ">=0.98",
        steps: &["env-key-shadows-profile"],
        ..E
    },
    Case {
        name: "python profile not found (CredentialsError, 1.5+)",
        text: "anthropic.CredentialsError: Config file not found at /home/u/.config/anthropic/configs/work.json (profile 'work'). Set ANTHROPIC_PROFILE to select a different profile, or set ANTHROPIC_CONFIG_DIR to relocate the config directory.",
        source: "python-sdk",
        version: ">=1.5",
        steps: &["profile-not-found"],
        ..E
    },
    Case {
        name: "python profile not found (AnthropicError, 0.98-1.4)",
        text: "anthropic.AnthropicError: Config file not found at /home/u/.config/anthropic/configs/work.json (profile 'work').",
        source: "python-sdk",
        version: "0.98-1.4",
        steps: &["profile-not-found"],
        ..E
    },
    Case {
        name: "python profile not JSON",
        text: "anthropic.CredentialsError: Config file at /home/u/.config/anthropic/configs/default.json is not valid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
        source: "python-sdk",
        steps: &["profile-bad-json"],
        ..E
    },
    Case {
        name: "python profile without authentication",
        text: "anthropic.CredentialsError: Config file at /c/configs/x.json is missing the 'authentication' object. Expected shape: {\"authentication\": {\"type\": \"oidc_federation\"|\"user_oauth\", ...}, ...}",
        steps: &["profile-bad-json"],
        ..E
    },
    Case {
        name: "python unknown authentication type",
        text: "anthropic.CredentialsError: Unknown authentication.type 'api_key' at /c/configs/x.json. Expected 'oidc_federation' or 'user_oauth'.",
        source: "python-sdk",
        steps: &["profile-unknown-type"],
        ..E
    },
    Case {
        name: "python config writable by others",
        text: "anthropic.CredentialsError: Config file at /c/configs/x.json is writable by group or others (mode 0o666); run `chmod go-w /c/configs/x.json` before retrying.",
        source: "python-sdk",
        steps: &["profile-file-modes"],
        ..E
    },
    Case {
        name: "python credentials readable by others",
        text: "anthropic.CredentialsError: Credentials file at /c/credentials/u.json is accessible by group or others (mode 0o644); run `chmod 600 /c/credentials/u.json` before retrying.",
        source: "python-sdk",
        steps: &["profile-file-modes"],
        ..E
    },
    Case {
        name: "python credentials file missing",
        text: "anthropic.CredentialsError: Credentials file not found at /c/credentials/u.json (profile 'u').",
        steps: &["profile-login-expired", "profile-not-found"],
        ..E
    },
    Case {
        name: "python bad profile name",
        text: "anthropic.CredentialsError: ANTHROPIC_PROFILE '../etc' must not start with a dot.",
        steps: &["profile-not-found"],
        ..E
    },
    Case {
        name: "python user_oauth refresh rejected",
        text: "anthropic.lib.credentials._workload.WorkloadIdentityError: user_oauth refresh failed (HTTP 401): {'error': 'invalid_grant', 'error_description': 'refresh token expired'} [request_id=req_018EeWyXxfu5pfWkrYcMdjWG]",
        request_id: "req_018EeWyXxfu5pfWkrYcMdjWG",
        steps: &["profile-login-expired"],
        ..E
    },
    Case {
        name: "python federation exchange refused",
        text: "anthropic.lib.credentials._workload.WorkloadIdentityError: Token exchange failed (HTTP 401): {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid assertion'}} Ensure your federation rule matches your identity token. If your federation rule is scoped to multiple workspaces, set the ANTHROPIC_WORKSPACE_ID environment variable, the 'workspace_id' config key, or the workspace_id= argument. View your authentication events in the Workload identity page of Claude Console for more details. [request_id=req_011CZfed0000000000000000]",
        source: "python-sdk",
        status: 401,
        request_id: "req_011CZfed0000000000000000",
        steps: &["federation-rule-mismatch", "federation-workspace-missing"],
        ..E
    },
    Case {
        name: "python identity token file missing",
        text: "anthropic.IdentityTokenFileError: Identity token file not found at /var/run/secrets/anthropic/token.",
        source: "python-sdk",
        steps: &["identity-token-file-missing"],
        ..E
    },
    Case {
        name: "python identity token file empty",
        text: "anthropic.IdentityTokenFileError: Identity token file /var/run/secrets/anthropic/token is empty. If this is a Kubernetes projected service-account token, check the volume mount and the serviceAccountToken projection audience.",
        steps: &["identity-token-file-missing"],
        ..E
    },
    Case {
        name: "python federation over http",
        text: "anthropic.CredentialsError: base_url must use https (got 'http://gateway.internal:8080'); the token-exchange endpoint carries secret material and cannot be used over cleartext HTTP.",
        steps: &["federation-partial-env"],
        ..E
    },
    Case {
        name: "python 2.x illegal header value: trailing newline in the key",
        text: "Traceback (most recent call last):\n  File \"/venv/lib/python3.12/site-packages/httpx2/_transports/default.py\", line 101, in map_httpcore_exceptions\nh11._util.LocalProtocolError: Illegal header value b'Bearer sk-ant-api03-pTyGJMuHbEL31IeL2HPcHyGcFRl1SPnXNYvMIHa_2o76umfXfKm_r5kJP1VrT-1FJors_6ILi8IHn5kxsC7tVO_HbkQfyAA\\n'\n\nThe above exception was the direct cause of the following exception:\n\nanthropic.APIConnectionError: Connection error.",
        source: "python-sdk",
        version: ">=2.0",
        steps: &["paste-artefacts"],
        ..E
    },
    Case {
        name: "python <=1.17 illegal header value",
        text: "h11._util.LocalProtocolError: Illegal header value b'sk-ant-api03-pTyGJMuHbEL31IeL2HPcHyGcFRl1SPnXNYvMIHa_2o76umfXfKm_r5kJP1VrT-1FJors_6ILi8IHn5kxsC7tVO_HbkQfyAA\\n'\nanthropic.APIConnectionError: Connection error.",
        source: "python-sdk",
        version: "<=1.17",
        steps: &["paste-artefacts"],
        ..E
    },
    Case {
        name: "python empty ANTHROPIC_AUTH_TOKEN",
        text: "httpcore.LocalProtocolError: Illegal header value b'Bearer '\n\nThe above exception was the direct cause of the following exception:\n\nanthropic.APIConnectionError: Connection error.",
        source: "python-sdk",
        version: "<=0.121",
        steps: &["stray-auth-token", "key-not-set"],
        ..E
    },
    Case {
        name: "python 2.x payment required",
        text: "anthropic.PaymentRequiredError: Error code: 402 - {'type': 'error', 'error': {'type': 'billing_error', 'message': 'Payment required.'}, 'request_id': 'req_011CPay00000000000000000'}",
        source: "python-sdk",
        version: ">=2.0",
        status: 402,
        error_type: "billing_error",
        steps: &["payment-required"],
        ..E
    },
    Case {
        name: "error code beats the wording: organization on hold",
        text: "anthropic.OrganizationOnHoldError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'Your credit balance is too low to access the Anthropic API.', 'details': {'error_code': 'organization_on_hold', 'appeal_url': 'https://support.claude.com/appeal'}}, 'request_id': 'req_011CHold0000000000000000'}",
        source: "python-sdk",
        version: ">=2.0",
        status: 400,
        steps: &["organization-on-hold"],
        ..E
    },
    Case {
        name: "key creator no longer a member",
        text: "anthropic.ClaudeCodeKeyCreatorNotMemberError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'This API key can no longer be used.', 'details': {'error_code': 'claude_code_key_creator_not_member'}}}",
        status: 400,
        steps: &["key-creator-not-member"],
        ..E
    },
    Case {
        name: "key scope missing (403)",
        text: "anthropic.BetaAPIKeyScopeMissingError: Error code: 403 - {'type': 'error', 'error': {'type': 'permission_error', 'message': 'The API key lacks a required scope.', 'details': {'error_code': 'api_key_scope_missing'}}}",
        status: 403,
        error_type: "permission_error",
        steps: &["key-scope-missing"],
        ..E
    },
    Case {
        name: "ip not in allowed range",
        text: "{\"type\":\"error\",\"error\":{\"type\":\"permission_error\",\"message\":\"Request from a disallowed IP address.\",\"details\":{\"error_code\":\"ip_not_in_allowed_range\"}},\"request_id\":\"req_011CIpRange000000000000\"}",
        error_type: "permission_error",
        steps: &["ip-not-allowed"],
        ..E
    },
    Case {
        name: "python credit balance (400)",
        text: "anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.'}}",
        source: "python-sdk",
        status: 400,
        error_type: "invalid_request_error",
        steps: &["no-credits", "subscription-not-api"],
        ..E
    },
    Case {
        name: "python workspace id required",
        text: "anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'anthropic-workspace-id is required when authenticating with an identity-linked API key; send the id of the workspace this request acts in.'}}",
        status: 400,
        steps: &["workspace-id-required"],
        ..E
    },
    Case {
        name: "python permission denied",
        text: "anthropic.PermissionDeniedError: Error code: 403 - {'type': 'error', 'error': {'type': 'permission_error', 'message': 'Your API key does not have permission to use the specified resource.'}}",
        status: 403,
        error_type: "permission_error",
        steps: &["wrong-workspace"],
        ..E
    },
    Case {
        name: "bedrock client region",
        text: "ValueError: No AWS region was provided. Set the `aws_region` argument, the `AWS_REGION` / `AWS_DEFAULT_REGION` environment variable, or configure a region for your AWS profile.",
        source: "bedrock",
        steps: &["bedrock-vertex-credentials"],
        ..E
    },
    Case {
        name: "foundry client without credentials",
        text: "anthropic.AnthropicError: Missing credentials. Please pass one of `api_key`, `azure_ad_token_provider`, or the `ANTHROPIC_FOUNDRY_API_KEY` environment variable.",
        source: "foundry",
        steps: &["bedrock-vertex-credentials"],
        ..E
    },
    // ---- TypeScript SDK ---------------------------------------------------------------------
    Case {
        name: "typescript <1.6 rendering",
        text: "Error: 401 {\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}\n    at APIError.generate (/app/node_modules/@anthropic-ai/sdk/error.js:44:20)",
        source: "typescript-sdk",
        version: "ts<1.6",
        status: 401,
        error_type: "authentication_error",
        steps: &["key-listed"],
        ..E
    },
    Case {
        name: "typescript 1.6+ rendering",
        text: "AuthenticationError: 401 {\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"},\"request_id\":\"req_011CTs16000000000000000\"}",
        source: "typescript-sdk",
        version: "ts>=1.6",
        status: 401,
        request_id: "req_011CTs16000000000000000",
        steps: &["key-listed"],
        ..E
    },
    Case {
        name: "typescript <=0.92 no credential",
        text: "Error: Could not resolve authentication method. Expected either apiKey or authToken to be set. Or for one of the \"X-Api-Key\" or \"Authorization\" headers to be explicitly omitted\n    at Anthropic.validateHeaders (file:///app/node_modules/@anthropic-ai/sdk/index.mjs:118:11)",
        source: "typescript-sdk",
        version: "ts<=0.92",
        steps: &["key-not-set"],
        ..E
    },
    Case {
        name: "typescript 0.93-0.137 no credential",
        text: "Error: Could not resolve authentication method. Expected one of apiKey, authToken, credentials, config, or profile to be set. Or for one of the \"X-Api-Key\" or \"Authorization\" headers to be explicitly omitted",
        source: "typescript-sdk",
        version: "ts0.93-0.137",
        steps: &["key-not-set"],
        ..E
    },
    Case {
        name: "typescript 1.x no credential",
        text: "Error: Could not resolve authentication method. Expected one of apiKey, authToken, credentials, config, or profile to be set. Or for the \"Authorization\" header to be explicitly omitted",
        source: "typescript-sdk",
        version: "ts>=1.0",
        steps: &["key-not-set"],
        ..E
    },
    Case {
        name: "typescript 1.x two credentials",
        text: "TypeError: Pass at most one of `apiKey`, `authToken`, `credentials`, `config`, `profile`. Received `apiKey`, `authToken`.",
        source: "typescript-sdk",
        version: "ts>=1.0",
        steps: &["two-credential-arguments"],
        ..E
    },
    Case {
        name: "typescript 0.93-0.137 two providers",
        text: "TypeError: Pass at most one of `profile`, `credentials`, or `config`.",
        source: "typescript-sdk",
        version: "ts0.93-0.137",
        steps: &["two-credential-arguments"],
        ..E
    },
    Case {
        name: "typescript profile missing",
        text: "AnthropicError: ANTHROPIC_PROFILE names the profile \"missing\", but /home/u/.config/anthropic/configs/missing.json does not exist. Set ANTHROPIC_PROFILE to a profile that exists, or unset it.",
        source: "typescript-sdk",
        version: "ts>=0.93",
        steps: &["profile-not-found"],
        ..E
    },
    Case {
        name: "typescript profile option not resolved",
        text: "AnthropicError: Profile \"nope\" could not be resolved (no <config_dir>/configs/nope.json found).",
        source: "typescript-sdk",
        steps: &["profile-not-found"],
        ..E
    },
    Case {
        name: "typescript bad config file",
        text: "Error: failed to parse config file /home/u/.config/anthropic/configs/bad.json: SyntaxError: Expected property name or '}' in JSON at position 1",
        steps: &["profile-bad-json"],
        ..E
    },
    Case {
        name: "typescript unknown authentication type",
        text: "Error: authentication.type \"api_key\" is not a known authentication type",
        source: "typescript-sdk",
        steps: &["profile-unknown-type"],
        ..E
    },
    Case {
        name: "typescript bad profile name",
        text: "Error: profile name \"a b\" contains disallowed characters (allowed: letters, digits, '_', '.', '-')",
        source: "typescript-sdk",
        steps: &["profile-not-found"],
        ..E
    },
    Case {
        name: "typescript credentials readable by others",
        text: "WorkloadIdentityError: Credentials file at /home/u/.config/anthropic/credentials/default.json is group/world-readable (mode 0o644); run `chmod 600 /home/u/.config/anthropic/credentials/default.json` before retrying.",
        source: "typescript-sdk",
        steps: &["profile-file-modes"],
        ..E
    },
    Case {
        name: "typescript expired profile token",
        text: "WorkloadIdentityError: Access token at /home/u/.config/anthropic/credentials/default.json has expired and no refresh is available (client_id empty, refresh_token empty)",
        source: "typescript-sdk",
        steps: &["profile-login-expired"],
        ..E
    },
    Case {
        name: "typescript federation exchange refused",
        text: "WorkloadIdentityError: Token exchange failed with status 401 (request-id req_011CTsFed00000000000000): {\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid assertion\"}} Ensure your federation rule matches your identity token. If your federation rule is scoped to multiple workspaces, set the ANTHROPIC_WORKSPACE_ID environment variable, the 'workspace_id' config key, or the `workspaceId` option. View your authentication events in the Workload identity page of Claude Console for more details.",
        source: "typescript-sdk",
        request_id: "req_011CTsFed00000000000000",
        steps: &["federation-rule-mismatch", "federation-workspace-missing"],
        ..E
    },
    Case {
        name: "typescript identity token file unreadable",
        text: "AnthropicError: Failed to read identity token file at /var/run/secrets/tokens/anthropic: Error: ENOENT: no such file or directory",
        source: "typescript-sdk",
        steps: &["identity-token-file-missing"],
        ..E
    },
    Case {
        name: "typescript partial federation",
        text: "WorkloadIdentityError: oidc_federation config requires an identity token (set authentication.identity_token, ANTHROPIC_IDENTITY_TOKEN_FILE, or ANTHROPIC_IDENTITY_TOKEN)",
        source: "typescript-sdk",
        steps: &["federation-partial-env"],
        ..E
    },
    Case {
        name: "typescript browser guard",
        text: "AnthropicError: It looks like you're running in a browser-like environment.\n\nThis is disabled by default, as it risks exposing your secret API credentials to attackers.",
        source: "typescript-sdk",
        steps: &["browser-opt-in-header"],
        ..E
    },
    Case {
        name: "typescript apiKey function returns nothing",
        text: "AnthropicError: The `apiKey` function must return a non-empty string. It returned \"\".",
        source: "typescript-sdk",
        steps: &["key-not-set"],
        ..E
    },
    // ---- Go, Java, C#, Ruby -------------------------------------------------------------------
    Case {
        name: "go rendering",
        text: "POST \"https://api.anthropic.com/v1/messages\": 401 Unauthorized (Request-ID: req_011Cbp9qN4DLonoCTxRi2pJN) {\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"Invalid bearer token\"},\"request_id\":\"req_011Cbp9qN4DLonoCTxRi2pJN\"}",
        source: "go-sdk",
        status: 401,
        error_type: "authentication_error",
        request_id: "req_011Cbp9qN4DLonoCTxRi2pJN",
        steps: &["bearer-instead-of-x-api-key", "stray-auth-token"],
        ..E
    },
    Case {
        name: "go without credentials",
        text: "no Anthropic credentials found. The SDK tried these sources in order: ANTHROPIC_API_KEY, ANTHROPIC_AUTH_TOKEN, ANTHROPIC_PROFILE. To fix: - run `ant auth login` to interactively authenticate, or - set ANTHROPIC_API_KEY",
        source: "go-sdk",
        steps: &["key-not-set"],
        ..E
    },
    Case {
        name: "java rendering",
        text: "Exception in thread \"main\" com.anthropic.errors.UnauthorizedException: 401: {\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"},\"request_id\":\"req_011CJava0000000000000000\"}\n\tat com.anthropic.core.handlers.ErrorHandler.withErrorHandler(ErrorHandler.kt:55)",
        source: "java-sdk",
        status: 401,
        error_type: "authentication_error",
        request_id: "req_011CJava0000000000000000",
        steps: &["key-listed"],
        ..E
    },
    Case {
        name: "java without credentials",
        text: "com.anthropic.errors.NoCredentialsException: No credentials found. Tried:\n  - ANTHROPIC_API_KEY\n  - ANTHROPIC_AUTH_TOKEN\n\nRun 'ant auth login' or set ANTHROPIC_API_KEY.",
        source: "java-sdk",
        steps: &["key-not-set"],
        ..E
    },
    Case {
        name: "csharp rendering",
        text: "Unhandled exception. Anthropic.Exceptions.AnthropicUnauthorizedException: Status Code: Unauthorized\n{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}\n   at Anthropic.Core.ClientBase.SendAsync()",
        source: "csharp-sdk",
        status: 401,
        error_type: "authentication_error",
        steps: &["key-listed"],
        ..E
    },
    Case {
        name: "ruby rendering",
        text: "/gems/anthropic-1.2.0/lib/anthropic/internal/transport/base_client.rb:400:in `send_request': Anthropic::Errors::AuthenticationError ({url: \"https://api.anthropic.com/v1/messages\", status: 401, body: {type: \"error\", error: {type: \"authentication_error\", message: \"invalid x-api-key\"}}})",
        source: "ruby-sdk",
        status: 401,
        error_type: "authentication_error",
        steps: &["key-listed"],
        ..E
    },
    // ---- Wrappers and tools ------------------------------------------------------------------
    Case {
        name: "litellm current",
        text: "litellm.AuthenticationError: AnthropicException - {\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"},\"request_id\":\"req_011CLite0000000000000000\"}",
        source: "litellm",
        error_type: "authentication_error",
        request_id: "req_011CLite0000000000000000",
        steps: &["key-listed"],
        ..E
    },
    Case {
        name: "litellm bytes with escaped JSON",
        text: "litellm.AuthenticationError: AnthropicException - b'{\\\"type\\\":\\\"error\\\",\\\"error\\\":{\\\"type\\\":\\\"authentication_error\\\",\\\"message\\\":\\\"invalid x-api-key\\\"}}'",
        source: "litellm",
        error_type: "authentication_error",
        steps: &["key-listed"],
        ..E
    },
    Case {
        name: "litellm without a key",
        text: "litellm.AuthenticationError: Missing Anthropic API Key - A call is being made to anthropic but no key is set either in the environment variables or via params. Please set `ANTHROPIC_API_KEY` in your environment vars",
        source: "litellm",
        steps: &["key-not-set"],
        ..E
    },
    Case {
        name: "aider through litellm",
        text: "Aider v0.86.1\nMain model: anthropic/claude-sonnet-4-20250514 with diff edit format\nlitellm.AuthenticationError: AnthropicException - {\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}\nThe API provider is not able to authenticate you. Check your API key.",
        source: "aider",
        steps: &["key-listed"],
        ..E
    },
    Case {
        name: "vercel ai sdk call error",
        text: "APICallError [AI_APICallError]: invalid x-api-key\n    at /app/node_modules/@ai-sdk/provider-utils/dist/index.mjs:610:14 {\n  url: 'https://api.anthropic.com/v1/messages',\n  statusCode: 401,\n  responseBody: '{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}',\n  isRetryable: false\n}",
        source: "vercel-ai-sdk",
        status: 401,
        steps: &["key-listed"],
        ..E
    },
    Case {
        name: "vercel ai sdk missing key",
        text: "AI_LoadAPIKeyError: Anthropic API key is missing. Pass it using the 'apiKey' parameter or the ANTHROPIC_API_KEY environment variable.",
        source: "vercel-ai-sdk",
        steps: &["key-not-set"],
        ..E
    },
    Case {
        name: "curl raw body",
        text: "$ curl https://api.anthropic.com/v1/models -H \"x-api-key: $ANTHROPIC_API_KEY\" -H \"anthropic-version: 2023-06-01\"\n{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"x-api-key header is required\"},\"request_id\":\"req_011CCurl0000000000000000\"}",
        source: "curl",
        error_type: "authentication_error",
        request_id: "req_011CCurl0000000000000000",
        steps: &["key-not-set"],
        ..E
    },
    Case {
        name: "raw body: missing version header",
        text: "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"anthropic-version: header is required\"}}",
        error_type: "invalid_request_error",
        steps: &["missing-version-header"],
        ..E
    },
    Case {
        name: "raw body: duplicated version",
        text: "400 {\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"anthropic-version: \\\"2023-06-01, 2023-06-01\\\" is not a valid version\"}}",
        steps: &["missing-version-header"],
        ..E
    },
    Case {
        name: "gateway's own words behind a base URL",
        text: "ANTHROPIC_BASE_URL=https://llm-gateway.corp.example/anthropic\nError: 401 {\"error\":{\"message\":\"key not allowed to access model. This key can only access models=['gpt-4o']\",\"type\":\"key_model_access_denied\"}}",
        steps: &["base-url-proxy"],
        ..E
    },
    Case {
        name: "rejected key through a gateway",
        text: "base_url: http://localhost:4000\nanthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}",
        steps: &["key-listed", "base-url-proxy"],
        ..E
    },
    Case {
        name: "oauth token pasted as a key",
        text: "export ANTHROPIC_API_KEY=sk-ant-oat01-y_KV5zjR3j1twdTKWTddB-XhkAS1voQG6yyzyN9zHYIa4UOrGNATMuDJawTgsu8PO-799nKSNrh9UCauAA\nanthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}",
        steps: &["oauth-token-as-key", "key-listed"],
        ..E
    },
    Case {
        name: "example text from a template as the key",
        text: "$ cat .env\nANTHROPIC_API_KEY=sk-ant-api03-your-key-here\n$ python app.py\nanthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}",
        steps: &["not-an-api-key", "key-listed"],
        ..E
    },
    Case {
        name: "example text far from the error does not speak for it",
        text: concat!(
            "# README: set ANTHROPIC_API_KEY=sk-ant-api03-xxxxxxxxxxxxxxxx\n",
            "2026-12-01T09:00:00Z INFO worker-0 processed batch 0 of the nightly import\n",
            "2026-12-01T09:00:01Z INFO worker-1 processed batch 1 of the nightly import\n",
            "2026-12-01T09:00:02Z INFO worker-2 processed batch 2 of the nightly import\n",
            "2026-12-01T09:00:03Z INFO worker-0 processed batch 3 of the nightly import\n",
            "2026-12-01T09:00:04Z INFO worker-1 processed batch 4 of the nightly import\n",
            "2026-12-01T09:00:05Z INFO worker-2 processed batch 5 of the nightly import\n",
            "2026-12-01T09:00:06Z INFO worker-0 processed batch 6 of the nightly import\n",
            "2026-12-01T09:00:07Z INFO worker-1 processed batch 7 of the nightly import\n",
            "2026-12-01T09:00:08Z INFO worker-2 processed batch 8 of the nightly import\n",
            "2026-12-01T09:00:09Z INFO worker-0 processed batch 9 of the nightly import\n",
            "2026-12-01T09:00:10Z INFO worker-1 processed batch 10 of the nightly import\n",
            "2026-12-01T09:00:11Z INFO worker-2 processed batch 11 of the nightly import\n",
            "anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}"
        ),
        steps: &["key-listed"],
        ..E
    },
    // ---- Server messages of the older facts file ---------------------------------------------
    Case {
        name: "oauth not supported",
        text: "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"OAuth authentication is currently not supported.\"}}",
        steps: &["oauth-token-as-key"],
        ..E
    },
    Case {
        name: "credential only for claude code",
        text: "Error: 400 {\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"This credential is only authorized for use with Claude Code and cannot be used for other API requests.\"}}",
        status: 400,
        steps: &["oauth-token-as-key"],
        ..E
    },
    Case {
        name: "organization disabled",
        text: "anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'This organization has been disabled.'}}",
        status: 400,
        steps: &["org-disabled"],
        ..E
    },
    Case {
        name: "cors header missing",
        text: "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"CORS requests must set 'anthropic-dangerous-direct-browser-access' header\"}}",
        steps: &["browser-opt-in-header", "proxy-forwards-origin"],
        ..E
    },
    Case {
        name: "cors forbidden by organization",
        text: "Error: 401 {\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"CORS requests are not allowed for this Organization because of its settings. If you believe this in error, contact support at https://support.anthropic.com/.\"}}",
        steps: &["org-forbids-browser"],
        ..E
    },
    Case {
        name: "browser console CORS block",
        text: "Access to fetch at 'https://api.anthropic.com/v1/messages' from origin 'http://localhost:5173' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.\nTypeError: Failed to fetch",
        source: "browser",
        steps: &["browser-opt-in-header"],
        ..E
    },
    Case {
        name: "request not allowed (region)",
        text: "Error: 403 {\"error\":{\"type\":\"forbidden\",\"message\":\"Request not allowed\"}}",
        status: 403,
        error_type: "forbidden",
        steps: &["region-blocked"],
        ..E
    },
    Case {
        name: "invalid authentication credentials",
        text: "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"Invalid authentication credentials\"}}",
        steps: &["key-revoked"],
        ..E
    },
    Case {
        name: "oauth not allowed for the organization",
        text: "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"OAuth authentication is currently not allowed for this organization.\"}}",
        steps: &["oauth-token-as-key"],
        ..E
    },
    Case {
        name: "oauth scope, third-party app",
        text: "403 {\"type\":\"error\",\"error\":{\"type\":\"permission_error\",\"message\":\"OAuth token does not meet scope requirement any_of(user:inference, user:ccr_inference, user:voice, org:service_key_inference)\"}}",
        steps: &["oauth-token-as-key", "claude-code-login-expired"],
        ..E
    },
    Case {
        name: "bedrock security token",
        text: "botocore.exceptions.ClientError: An error occurred (UnrecognizedClientException) when calling the InvokeModel operation: The security token included in the request is invalid.",
        source: "bedrock",
        steps: &["bedrock-vertex-credentials"],
        ..E
    },
    // ---- Claude Code (sdk-2026-facts.md section 3) ------------------------------------------
    Case {
        name: "cc not logged in",
        text: "Not logged in · Please run /login",
        source: "claude-code",
        steps: &["claude-code-not-logged-in"],
        ..E
    },
    Case {
        name: "cc missing api key",
        text: "Missing API key · Run /login",
        source: "claude-code",
        steps: &["claude-code-not-logged-in"],
        ..E
    },
    Case {
        name: "cc authentication required",
        text: "Authentication required · Sign in again to continue",
        source: "claude-code",
        steps: &["claude-code-login-expired"],
        ..E
    },
    Case {
        name: "cc invalid external key",
        text: "> hello\n  ⎿  Invalid API key · Fix external API key",
        source: "claude-code",
        steps: &["claude-code-env-overrides-login", "key-listed"],
        ..E
    },
    Case {
        name: "cc older invalid key",
        text: "Invalid API key · Please run /login",
        source: "claude-code",
        steps: &["claude-code-env-overrides-login", "claude-code-not-logged-in"],
        ..E
    },
    Case {
        name: "cc invalid auth token",
        text: "Invalid auth token · Fix external auth token",
        source: "claude-code",
        steps: &["stray-auth-token"],
        ..E
    },
    Case {
        name: "cc custom headers",
        text: "Invalid ANTHROPIC_CUSTOM_HEADERS · Fix the environment variable",
        source: "claude-code",
        steps: &["paste-artefacts"],
        ..E
    },
    Case {
        name: "cc request header",
        text: "Invalid request header from the environment · Fix the environment variable",
        source: "claude-code",
        steps: &["paste-artefacts"],
        ..E
    },
    Case {
        name: "cc line break in the key",
        text: "Invalid API key · Fix external API key\nInvalid X-Api-Key header value from ANTHROPIC_API_KEY: it contains a line break at character 41 (120 characters on 2 lines).",
        source: "claude-code",
        steps: &["paste-artefacts", "claude-code-env-overrides-login"],
        ..E
    },
    Case {
        name: "cc line break alone",
        text: "Invalid X-Api-Key header value from ANTHROPIC_API_KEY: it contains a line break at character 41 (120 characters on 2 lines).",
        source: "claude-code",
        steps: &["paste-artefacts"],
        ..E
    },
    Case {
        name: "cc key of a disabled organization",
        text: "Your ANTHROPIC_API_KEY belongs to a disabled organization · Unset the environment variable to use your subscription instead",
        source: "claude-code",
        steps: &["claude-code-env-overrides-login", "org-disabled"],
        ..E
    },
    Case {
        name: "cc api key authentication disabled",
        text: "Your organization has disabled API key authentication · Unset ANTHROPIC_API_KEY to use your claude.ai account instead",
        source: "claude-code",
        steps: &["claude-code-api-key-auth-disabled"],
        ..E
    },
    Case {
        name: "cc subscription access disabled",
        text: "Your organization has disabled Claude subscription access for Claude Code · Use an Anthropic API key instead, or ask your admin to enable access",
        source: "claude-code",
        steps: &["claude-code-subscription-disabled"],
        ..E
    },
    Case {
        name: "cc oauth token revoked",
        text: "OAuth token revoked · Please run /login",
        source: "claude-code",
        steps: &["claude-code-login-expired"],
        ..E
    },
    Case {
        name: "cc login expired",
        text: "Login expired · Please run /login",
        source: "claude-code",
        steps: &["claude-code-login-expired"],
        ..E
    },
    Case {
        name: "cc login time limit",
        text: "Login reached its time limit · Please run /login",
        source: "claude-code",
        steps: &["claude-code-login-expired"],
        ..E
    },
    Case {
        name: "cc login cannot be renewed",
        text: "Failed to authenticate: this login reached its time limit and cannot be renewed. Run `claude auth login` to sign in again, or use `claude setup-token` and set CLAUDE_CODE_OAUTH_TOKEN for unattended jobs",
        source: "claude-code",
        steps: &["claude-code-login-expired"],
        ..E
    },
    Case {
        name: "cc profile login expired",
        text: "Anthropic profile login expired · Re-authenticate your Anthropic profile",
        source: "claude-code",
        steps: &["profile-login-expired"],
        ..E
    },
    Case {
        name: "cc login or profile expired",
        text: "Login expired · Run /login to sign in again, or re-authenticate your Anthropic profile",
        source: "claude-code",
        steps: &["claude-code-login-expired", "profile-login-expired"],
        ..E
    },
    Case {
        name: "cc gateway upstream",
        text: "Authentication error · The gateway could not authenticate with its upstream provider — contact your gateway administrator",
        source: "claude-code",
        steps: &["base-url-proxy"],
        ..E
    },
    Case {
        name: "cc api key helper failing",
        text: "Your apiKeyHelper script is failing · This usually means you need to re-authenticate with your provider · Run /status to see the script's error output",
        source: "claude-code",
        steps: &["claude-code-api-key-helper"],
        ..E
    },
    Case {
        name: "cc server says invalid credentials",
        text: "Please run /login · API Error: 401 {\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"Invalid authentication credentials\"},\"request_id\":\"req_011CCcCred00000000000000\"}",
        source: "claude-code",
        status: 401,
        request_id: "req_011CCcCred00000000000000",
        steps: &["claude-code-login-expired", "org-disabled"],
        ..E
    },
    Case {
        name: "cc credit balance",
        text: "> fix the tests\n  ⎿  Credit balance is too low",
        source: "claude-code",
        steps: &["claude-code-env-overrides-login", "no-credits"],
        ..E
    },
    Case {
        name: "cc keychain refresh",
        text: "Could not refresh your login: can't save to the Keychain · Unlock the keychain and run /login",
        source: "claude-code",
        steps: &["claude-code-login-expired"],
        ..E
    },
    Case {
        name: "cc refresh race",
        text: "Could not refresh your login because another Claude Code process is refreshing it. Try again in a moment.",
        source: "claude-code",
        steps: &["claude-code-login-expired"],
        ..E
    },
    Case {
        name: "cc oauth token env cannot self-heal",
        text: "Claude Code authenticates with the CLAUDE_CODE_OAUTH_TOKEN environment variable, which has no refresh token — it cannot self-heal and has likely expired or been revoked. Mint a fresh token with `claude setup-token`.",
        source: "claude-code",
        steps: &["claude-code-login-expired"],
        ..E
    },
    Case {
        name: "cc named profile unreadable",
        text: "The profile \"work\" that ANTHROPIC_PROFILE names can't be found or read on this machine, so Claude Code won't send your prompts. Or run `ant auth login --profile work`, then restart Claude Code",
        source: "claude-code",
        steps: &["claude-code-profile"],
        ..E
    },
    Case {
        name: "cc named profile signed out",
        text: "The profile \"work\" that ANTHROPIC_PROFILE names is signed out, so Claude Code won't send your prompts",
        source: "claude-code",
        steps: &["claude-code-profile"],
        ..E
    },
    Case {
        name: "cc invalid profile name",
        text: "ANTHROPIC_PROFILE isn't a valid profile name (letters, digits, '_', '.', '-')",
        source: "claude-code",
        steps: &["claude-code-profile"],
        ..E
    },
    Case {
        name: "cc no config directory",
        text: "ANTHROPIC_PROFILE names a profile, but no Anthropic config directory was found",
        source: "claude-code",
        steps: &["claude-code-profile"],
        ..E
    },
    Case {
        name: "cc invalid key format",
        text: "Invalid API key format. API key must contain only alphanumeric characters, dashes, and underscores.",
        source: "claude-code",
        steps: &["paste-artefacts"],
        ..E
    },
    Case {
        name: "cc both set",
        text: "Both ANTHROPIC_AUTH_TOKEN and ANTHROPIC_API_KEY set · auth may not work as expected\n  · to use ANTHROPIC_AUTH_TOKEN: Unset ANTHROPIC_API_KEY, or turn off \"Use custom API key\" in /config.",
        source: "claude-code",
        steps: &["key-and-token-both-set"],
        ..E
    },
    Case {
        name: "cc key instead of profile",
        text: "Using ANTHROPIC_API_KEY instead of your Anthropic profile\n  · to use the profile: Unset ANTHROPIC_API_KEY.",
        source: "claude-code",
        steps: &["env-key-shadows-profile"],
        ..E
    },
    Case {
        name: "cc token overrides subscription",
        text: "ANTHROPIC_AUTH_TOKEN overriding Claude subscription login (unset it or /logout to sign it out)",
        source: "claude-code",
        steps: &["stray-auth-token", "claude-code-env-overrides-login"],
        ..E
    },
    Case {
        name: "cc key overrides saved key",
        text: "ANTHROPIC_API_KEY overriding saved Console key (unset it or /logout to clear the saved key)",
        source: "claude-code",
        steps: &["claude-code-env-overrides-login"],
        ..E
    },
    Case {
        name: "cc env key not used",
        text: "ANTHROPIC_API_KEY not used here · turn on \"Use custom API key\" in /config",
        source: "claude-code",
        steps: &["claude-code-env-overrides-login"],
        ..E
    },
    Case {
        name: "cc detected custom key",
        text: "Detected a custom API key in your environment\n\nANTHROPIC_API_KEY: sk-ant-...p0Zv3SKL4J9dhp1ECd5m\n\nDo you want to use this API key?",
        source: "claude-code",
        steps: &["claude-code-env-overrides-login"],
        ..E
    },
    Case {
        name: "cc profile and claude.ai login",
        text: "An Anthropic profile (~/.config/anthropic) is configured, but a claude.ai login exists — using the claude.ai login. Set ANTHROPIC_PROFILE=<name> to use the profile instead.",
        source: "claude-code",
        steps: &["claude-code-profile"],
        ..E
    },
    Case {
        name: "cc region",
        text: "API Error: 403 {\"error\":{\"type\":\"forbidden\",\"message\":\"Request not allowed\"}}",
        source: "claude-code",
        status: 403,
        error_type: "forbidden",
        steps: &["region-blocked"],
        ..E
    },
    Case {
        name: "cc organization disabled",
        text: "API Error: 400 {\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"This organization has been disabled.\"}}",
        source: "claude-code",
        status: 400,
        steps: &["org-disabled"],
        ..E
    },
    Case {
        name: "cc oauth expired (server)",
        text: "API Error: 401 {\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"OAuth token has expired. Please obtain a new token or refresh your existing token.\"}}",
        source: "claude-code",
        status: 401,
        steps: &["claude-code-login-expired"],
        ..E
    },
    Case {
        name: "oauth scope with only Claude Code's rendering: both readings offered",
        text: "API Error: 403 {\"type\":\"error\",\"error\":{\"type\":\"permission_error\",\"message\":\"OAuth token does not meet scope requirement: user:profile\"}}",
        steps: &["oauth-token-as-key", "claude-code-login-expired"],
        ..E
    },
    Case {
        name: "cc session could not be refreshed",
        text: "Failed to authenticate: OAuth session expired and could not be refreshed",
        source: "claude-code",
        steps: &["claude-code-login-expired"],
        ..E
    },
    Case {
        name: "cc oauth login code",
        text: "OAuth error: Invalid code. Please make sure the full code was copied",
        source: "claude-code",
        steps: &["claude-code-not-logged-in"],
        ..E
    },
    Case {
        name: "cc bedrock",
        text: "CLAUDE_CODE_USE_BEDROCK=1\nAPI Error (us.anthropic.claude-sonnet-4-20250514-v1:0): Could not load credentials from any providers",
        steps: &["bedrock-vertex-credentials"],
        ..E
    },
    Case {
        name: "cc vertex",
        text: "API Error: Could not load the default credentials. Browse to https://cloud.google.com/docs/authentication/getting-started for more information.",
        steps: &["bedrock-vertex-credentials"],
        ..E
    },
    Case {
        name: "cc foundry",
        text: "ChainedTokenCredential authentication failed.",
        source: "foundry",
        steps: &["bedrock-vertex-credentials"],
        ..E
    },
    Case {
        name: "agent sdk without credentials",
        text: "claude_agent_sdk._errors.ProcessError: Command failed with exit code 1\nError output: Could not resolve authentication method. Expected one of apiKey, authToken, credentials, config, or profile to be set. Or for one of the \"X-Api-Key\" or \"Authorization\" headers to be explicitly omitted",
        source: "agent-sdk",
        version: "ts0.93-0.137",
        steps: &["key-not-set"],
        ..E
    },
    Case {
        name: "ant cli no workspace",
        text: "Error: no workspace bound to the issued token. Pass --workspace-id, set workspace_id on the profile, or pick a workspace in the Console consent page.",
        source: "ant-cli",
        steps: &["federation-workspace-missing"],
        ..E
    },
    // ---- Not credential problems: named as what they are -------------------------------------
    Case {
        name: "rate limit",
        text: "anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': \"This request would exceed your account's rate limit. Please try again later.\"}}",
        source: "python-sdk",
        status: 429,
        error_type: "rate_limit_error",
        steps: &["rate-limited"],
        not_auth: "rate-limit",
        ..E
    },
    Case {
        name: "overloaded",
        text: "anthropic.InternalServerError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}",
        status: 529,
        error_type: "overloaded_error",
        steps: &["api-unavailable"],
        not_auth: "overloaded",
        ..E
    },
    Case {
        name: "server error",
        text: "API Error: 500 {\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal server error\"}}",
        status: 500,
        error_type: "api_error",
        steps: &["api-unavailable"],
        not_auth: "server-error",
        ..E
    },
    Case {
        name: "model not found",
        text: "anthropic.NotFoundError: Error code: 404 - {'type': 'error', 'error': {'type': 'not_found_error', 'message': 'model: claude-3-5-sonnet-20240620-v1:0'}}",
        status: 404,
        error_type: "not_found_error",
        steps: &["not-found"],
        not_auth: "model-not-found",
        ..E
    },
    Case {
        name: "invalid request",
        text: "anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'max_tokens: Field required'}}",
        status: 400,
        error_type: "invalid_request_error",
        not_auth: "invalid-request",
        ..E
    },
    Case {
        name: "openai error",
        text: "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-ant-a***AA. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
        status: 401,
        not_auth: "other-provider",
        ..E
    },
    Case {
        name: "gemini error",
        text: "google.api_core.exceptions.InvalidArgument: 400 API key not valid. Please pass a valid API key. [reason: \"API_KEY_INVALID\" domain: \"googleapis.com\"]",
        not_auth: "other-provider",
        ..E
    },
    Case {
        name: "groq error",
        text: "groq.AuthenticationError: Error code: 401 - {'error': {'message': 'Invalid API Key', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}",
        status: 401,
        not_auth: "other-provider",
        ..E
    },
    Case {
        name: "mistral error",
        text: "mistralai.exceptions.MistralAPIException: Status: 401. Message: Unauthorized",
        not_auth: "other-provider",
        ..E
    },
    Case {
        name: "deepseek error (its type is authentication_error too)",
        text: "{\"error\":{\"message\":\"Authentication Fails, Your api key: ****abcd is invalid\",\"type\":\"authentication_error\",\"param\":null,\"code\":\"invalid_request_error\"}}",
        not_auth: "other-provider",
        ..E
    },
    Case {
        name: "openrouter error",
        text: "Error: 401 {\"error\":{\"message\":\"No auth credentials found\",\"code\":401}}",
        not_auth: "other-provider",
        ..E
    },
    Case {
        name: "an empty key in OpenAI's client is OpenAI's business",
        text: "httpcore.LocalProtocolError: Illegal header value b'Bearer '\n\nThe above exception was the direct cause of the following exception:\n\nopenai.APIConnectionError: Connection error.",
        not_auth: "other-provider",
        ..E
    },
    Case {
        name: "connection refused",
        text: "httpcore.ConnectError: [Errno 111] Connection refused\n\nThe above exception was the direct cause of the following exception:\n\nanthropic.APIConnectionError: Connection error.",
        source: "python-sdk",
        steps: &["network-unreachable"],
        not_auth: "network",
        ..E
    },
    Case {
        name: "timeout",
        text: "anthropic.APITimeoutError: Request timed out.",
        source: "python-sdk",
        steps: &["network-unreachable"],
        not_auth: "timeout",
        ..E
    },
    Case {
        name: "cc temporary network issue",
        text: "Authentication error · This may be a temporary network issue, please try again",
        source: "claude-code",
        steps: &["network-unreachable"],
        not_auth: "network",
        ..E
    },
    Case {
        name: "a UI's words are judged by the log line",
        text: "Invalid API key. Please check your settings.\n[2026-11-02 10:12:01] ERROR anthropic: {\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Number of request tokens has exceeded your per-minute rate limit (https://docs.anthropic.com/en/api/rate-limits)\"}}",
        error_type: "rate_limit_error",
        steps: &["rate-limited"],
        not_auth: "rate-limit",
        ..E
    },
    Case { name: "plain text", text: "It works on my machine but not on the server.", unknown: true, ..E },
    Case {
        name: "someone else's 401",
        text: "HTTP/1.1 401 Unauthorized\n{\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs.github.com/rest\"}",
        unknown: true,
        ..E
    },
    Case { name: "empty", text: "", unknown: true, ..E },
    // Look-alikes found by review: words Anthropic's texts share with other software.
    Case {
        name: "another vendor's 'Could not resolve authentication method' beside Claude",
        text: "My workflow calls Claude, then Cloudflare: Error: Could not resolve authentication method. Expected one of apiEmail, apiKey, apiToken or userServiceKey to be set.",
        not_auth: "other-provider",
        ..E
    },
    Case {
        name: "another service's 'Invalid OAuth token'",
        text: "HTTP 401 {\"error\":\"Unauthorized\",\"status\":401,\"message\":\"Invalid OAuth token\"}",
        unknown: true,
        ..E
    },
    Case {
        name: "no key for another provider, with a Claude model in the config",
        text: "model: anthropic/claude-opus-4-6, fallback: openai/gpt-5\nError: No API key found for provider \"openai\"",
        unknown: true,
        ..E
    },
    Case {
        name: "another tool's 'Login method: Claude Pro/Max' is not Claude Code",
        text: "I used opencode with Login method: Claude Pro/Max and got 401 {\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}",
        steps: &["key-listed"],
        ..E
    },
    Case {
        name: "a setup token is Claude Code's own credential",
        text: "Claude Code v2.1.80 with CLAUDE_CODE_OAUTH_TOKEN from claude setup-token:\nAPI Error: 401 {\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"Invalid bearer token\"}}",
        source: "claude-code",
        steps: &["stray-auth-token"],
        ..E
    },
];

fn check(case: &Case, r: &Recognition) -> Vec<String> {
    let mut wrong = Vec::new();
    let mut expect = |what: &str, want: &str, got: &str| {
        if !want.is_empty() && want != got {
            wrong.push(format!("{what}: want {want:?}, got {got:?}"));
        }
    };
    expect("source", case.source, r.source.map_or("", |s| s.id()));
    expect("version", case.version, r.version.map_or("", |v| v.id()));
    expect("error type", case.error_type, r.error_type.as_deref().unwrap_or(""));
    if !case.request_id.is_empty() && !r.request_ids.iter().any(|id| id == case.request_id) {
        wrong.push(format!("request id: want {:?} among {:?}", case.request_id, r.request_ids));
    }
    if case.status != 0 && r.status != Some(case.status) {
        wrong.push(format!("status: want {}, got {:?}", case.status, r.status));
    }
    let steps: Vec<&str> = r.steps.iter().map(|s| s.as_str()).collect();
    let kind = if case.unknown {
        Kind::Unknown.id()
    } else if case.not_auth.is_empty() {
        Kind::Auth.id()
    } else {
        "not-auth"
    };
    if r.kind.id() != kind {
        wrong.push(format!("kind: want {kind}, got {:?}", r.kind));
    }
    if let Kind::NotAuth(what) = r.kind
        && what.id() != case.not_auth
    {
        wrong.push(format!("not-auth: want {:?}, got {:?}", case.not_auth, what.id()));
    }
    if steps != case.steps {
        wrong.push(format!("steps: want {:?}, got {steps:?}", case.steps));
    }
    if !case.unknown && r.evidence.is_empty() {
        wrong.push("no evidence quoted".into());
    }
    wrong
}

#[test]
fn every_case_is_recognized_as_expected() {
    let mut failures = Vec::new();
    for case in CASES {
        let r = recognize(case.text);
        let wrong = check(case, &r);
        if !wrong.is_empty() {
            failures.push(format!("{}:\n    {}\n    ({:?}, {})", case.name, wrong.join("\n    "), r.cause, r.headline));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases wrong:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}

#[test]
fn the_table_covers_every_source_the_facts_name() {
    let sources: Vec<&str> = CASES.iter().map(|c| c.source).collect();
    for id in [
        "python-sdk",
        "typescript-sdk",
        "go-sdk",
        "java-sdk",
        "csharp-sdk",
        "ruby-sdk",
        "claude-code",
        "agent-sdk",
        "ant-cli",
        "litellm",
        "vercel-ai-sdk",
        "aider",
        "curl",
        "bedrock",
        "foundry",
        "browser",
    ] {
        assert!(sources.contains(&id), "no case shows {id}");
    }
}

#[test]
fn a_key_in_the_paste_is_hidden_listed_and_checked() {
    let text = format!(
        "anthropic.APIConnectionError: Connection error.\nIllegal header value b'Bearer {KEY}\\n'\nx-api-key: {KEY}"
    );
    let r = recognize(&text);
    assert!(!r.shown_text().contains(&KEY[13..]), "the key leaked");
    assert_eq!(r.keys.len(), 1);
    let key = &r.keys[0];
    assert_eq!(key.count, 2);
    assert_eq!(key.hint.as_deref(), Some("sk-ant-api03-pTy...fyAA"));
    assert!(key.findings.iter().any(|f| f.kind.id() == "line-break"), "{:?}", key.findings);
    assert_eq!(key.step.as_ref().map(|s| s.as_str()), Some("paste-artefacts"));
    assert!(r.evidence[0].text.contains("sk-ant-api03-pTy...fyAA\\n"), "{:?}", r.evidence);
    let warning = r.key_warning().expect("a warning");
    assert!(warning.contains("sk-ant-api03-pTy...fyAA") && warning.contains("exposed"), "{warning}");
    assert!(!warning.contains(&KEY[13..]));
    assert_eq!(recognize("invalid x-api-key").key_warning(), None);
}

#[test]
fn a_key_refused_both_ways_is_the_key_not_the_header() {
    // The no-key checks' output: the key sent both ways, refused both ways.
    let both = "key-doctor-check: key var=ANTHROPIC_API_KEY set=yes length=108 hint=sk-ant-api03-R2D...igAA hint_match=- edge_whitespace=no\n\
        key-doctor-check: x-api-key status=401 type=authentication_error code=- request_id=req_011CYhr1kdGzCrPHfrhibMen message=\"invalid x-api-key\"\n\
        key-doctor-check: bearer status=401 type=authentication_error code=- request_id=req_011CYhr1kdGzCrPHfrhibMeo message=\"Invalid bearer token\"";
    let r = recognize(both);
    assert_eq!(r.steps.first().map(|s| s.as_str()), Some("key-listed"), "{:?}", r.steps);
    // Refused as Bearer alone, the header stays the likely cause.
    let bearer_only = "Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'Invalid bearer token'}}";
    assert_ne!(recognize(bearer_only).steps.first().map(|s| s.as_str()), Some("key-listed"));
}

#[test]
fn a_word_on_the_next_line_is_not_the_rest_of_a_short_key() {
    // 101 characters: "Invalid" on the next line would make up the 108 of a full key.
    let short = &KEY[..101];
    let r = recognize(&format!("ANTHROPIC_API_KEY={short}\nInvalid API key · Fix external API key"));
    assert_eq!(r.keys.len(), 1);
    assert_eq!(r.keys[0].hint.as_deref(), Some(&*format!("{}...{}", &short[..16], &short[97..])));
    assert!(r.keys[0].findings.iter().any(|f| f.kind.id() == "too-short"), "{:?}", r.keys[0].findings);
    assert!(
        r.evidence.iter().any(|e| e.text.contains("Invalid API key") && !e.text.contains("sk-ant")),
        "{:?}",
        r.evidence
    );
    // The rest of a key cut by a terminal's wrap still joins it: it ends in AA.
    let wrapped = recognize(&format!("x-api-key: {}\n{}\nInvalid API key", &KEY[..101], &KEY[101..]));
    assert_eq!(wrapped.keys.len(), 1);
    assert_eq!(wrapped.keys[0].hint.as_deref(), Some("sk-ant-api03-pTy...fyAA"));
}

#[test]
fn colour_codes_crlf_padding_and_noise_do_not_matter() {
    let plain = "anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}, 'request_id': 'req_011CYhr1kdGzCrPHfrhibMen'}";
    let coloured = format!("\u{1b}[31m{}\u{1b}[0m", plain.replace(": Error", ":\u{1b}[1m Error"));
    let crlf = format!("Traceback (most recent call last):\r\n  File \"x.py\", line 1\r\n{plain}\r\n");
    let padded = format!("│ {} │\n│ {} │", &plain[..60], &plain[60..]);
    let lost_escape = format!("[31m{plain}[0m");
    let translated = format!("Erreur lors de l'appel à l'API :\n{plain}\nVeuillez vérifier votre clé.");
    let noise_line = "2026-11-02T10:15:02Z INFO  GET /healthz 200 0.4ms user_agent=\"kube-probe/1.29\"\n";
    let noisy = format!("{}{plain}\n{}", noise_line.repeat(5000), noise_line.repeat(5000));
    let truncated = "anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-".to_string();
    let interleaved = "[worker-1] starting\n[worker-2] anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error',\n[worker-1] ok\n[worker-2] 'message': 'invalid x-api-key'}}".to_string();
    for (name, text) in [
        ("coloured", coloured),
        ("crlf", crlf),
        ("padded", padded),
        ("lost escape", lost_escape),
        ("translated", translated),
        ("noisy", noisy),
        ("interleaved", interleaved),
        ("truncated", truncated),
    ] {
        let r = recognize(&text);
        assert_eq!(r.steps.first().map(|s| s.as_str()), Some("key-listed"), "{name}: {r:?}");
        assert_eq!(r.kind, Kind::Auth, "{name}");
        if !["interleaved", "truncated"].contains(&name) {
            assert_eq!(r.status, Some(401), "{name}");
            assert_eq!(r.request_ids.first().map(String::as_str), Some("req_011CYhr1kdGzCrPHfrhibMen"), "{name}");
        }
    }
}

#[test]
fn fields_read_from_the_whole_text() {
    let text = "anthropic-organization-id: 1b2c3d4e-0000-4a5b-8c9d-0123456789ab\nANTHROPIC_BASE_URL=https://user:pw@proxy.example.com:8443/anthropic?token=x\nmodel=claude-sonnet-4-5-20250929\nError code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}";
    let r = recognize(text);
    assert_eq!(r.organization_id.as_deref(), Some("1b2c3d4e-0000-4a5b-8c9d-0123456789ab"));
    assert_eq!(r.base_url.as_deref(), Some("https://proxy.example.com:8443/anthropic"));
    assert_eq!(r.model.as_deref(), Some("claude-sonnet-4-5-20250929"));
    assert_eq!(r.message.as_deref(), Some("invalid x-api-key"));
}
