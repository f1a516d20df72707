#ifndef CLAIMGRAPH_CLIBXML2_SHIM_H
#define CLAIMGRAPH_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlIO.h>

#endif
