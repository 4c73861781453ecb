# SPDX-License-Identifier: MIT
# Writes a newer catalog for the --catalog tests: data/errors.json with one entry for a code the
# compiled-in table lacks, and a Graph error body carrying that code.
#   cmake -DCATALOG=data/errors.json -DCODE=<code> -DOUT=<catalog to write> -DBODY=<body to write>
#         -P make_overlay_catalog.cmake
file(READ ${CATALOG} catalog)
string(JSON count LENGTH "${catalog}" entries)
set(entry [[{
  "id": "meta.@CODE@", "source": "meta", "code": @CODE@,
  "title": "A code added after the build", "description": "Added by the --catalog tests.",
  "http_status": 400, "category": "rate_limit", "retry": {"kind": "backoff", "scope": "phone_number"},
  "action": "slow_down", "remediation": "Wait and send again.",
  "docs": "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"
}]])
string(CONFIGURE "${entry}" entry @ONLY)
string(JSON catalog SET "${catalog}" entries ${count} "${entry}")
file(WRITE ${OUT} "${catalog}")
file(WRITE ${BODY} "{\"error\":{\"message\":\"new\",\"type\":\"OAuthException\",\"code\":${CODE}}}\n")
