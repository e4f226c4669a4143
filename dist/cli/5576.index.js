export const id = 5576;
export const ids = [5576];
export const modules = {

/***/ 93326:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var scan = __webpack_require__(86849)
var parse = __webpack_require__(25501)

module.exports = function (source) {
  return parse(scan(source))
}


/***/ }),

/***/ 25501:
/***/ ((module) => {



// The ABNF grammar in the spec is totally ambiguous.
//
// This parser follows the operator precedence defined in the
// `Order of Precedence and Parentheses` section.

module.exports = function (tokens) {
  var index = 0

  function hasMore () {
    return index < tokens.length
  }

  function token () {
    return hasMore() ? tokens[index] : null
  }

  function next () {
    if (!hasMore()) {
      throw new Error()
    }
    index++
  }

  function parseOperator (operator) {
    var t = token()
    if (t && t.type === 'OPERATOR' && operator === t.string) {
      next()
      return t.string
    }
  }

  function parseWith () {
    if (parseOperator('WITH')) {
      var t = token()
      if (t && t.type === 'EXCEPTION') {
        next()
        return t.string
      }
      throw new Error('Expected exception after `WITH`')
    }
  }

  function parseLicenseRef () {
    // TODO: Actually, everything is concatenated into one string
    // for backward-compatibility but it could be better to return
    // a nice structure.
    var begin = index
    var string = ''
    var t = token()
    if (t.type === 'DOCUMENTREF') {
      next()
      string += 'DocumentRef-' + t.string + ':'
      if (!parseOperator(':')) {
        throw new Error('Expected `:` after `DocumentRef-...`')
      }
    }
    t = token()
    if (t === null) {
      throw new Error('Unexpected end of input')
    }
    if (t.type === 'LICENSEREF') {
      next()
      string += 'LicenseRef-' + t.string
      var node = { license: string }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
    index = begin
  }

  function parseLicense () {
    var t = token()
    if (t && t.type === 'LICENSE') {
      next()
      var node = { license: t.string }
      if (parseOperator('+')) {
        node.plus = true
      }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
  }

  function parseParenthesizedExpression () {
    var left = parseOperator('(')
    if (!left) {
      return
    }

    var expr = parseExpression()

    if (!parseOperator(')')) {
      throw new Error('Expected `)`')
    }

    return expr
  }

  function parseAtom () {
    return (
      parseParenthesizedExpression() ||
      parseLicenseRef() ||
      parseLicense()
    )
  }

  function makeBinaryOpParser (operator, nextParser) {
    return function parseBinaryOp () {
      var left = nextParser()
      if (!left) {
        return
      }

      if (!parseOperator(operator)) {
        return left
      }

      var right = parseBinaryOp()
      if (!right) {
        throw new Error('Expected expression')
      }
      return {
        left: left,
        conjunction: operator.toLowerCase(),
        right: right
      }
    }
  }

  var parseAnd = makeBinaryOpParser('AND', parseAtom)
  var parseExpression = makeBinaryOpParser('OR', parseAnd)

  var node = parseExpression()
  if (!node || hasMore()) {
    throw new Error('Syntax error')
  }
  return node
}


/***/ }),

/***/ 86849:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var licenses = []
  .concat(__webpack_require__(75204))
  .concat(__webpack_require__(3389))
var exceptions = __webpack_require__(53988)

module.exports = function (source) {
  var index = 0

  function hasMore () {
    return index < source.length
  }

  // `value` can be a regexp or a string.
  // If it is recognized, the matching source string is returned and
  // the index is incremented. Otherwise `undefined` is returned.
  function read (value) {
    if (value instanceof RegExp) {
      var chars = source.slice(index)
      var match = chars.match(value)
      if (match) {
        index += match[0].length
        return match[0]
      }
    } else {
      if (source.indexOf(value, index) === index) {
        index += value.length
        return value
      }
    }
  }

  function skipWhitespace () {
    read(/[ ]*/)
  }

  function operator () {
    var string
    var possibilities = [/^WITH/i, /^AND/i, /^OR/i, '(', ')', ':', '+']
    for (var i = 0; i < possibilities.length; i++) {
      string = read(possibilities[i])
      if (string) {
        break
      }
    }

    if (string === '+' && index > 1 && source[index - 2] === ' ') {
      throw new Error('Space before `+`')
    }

    return string && {
      type: 'OPERATOR',
      string: string.toUpperCase()
    }
  }

  function idstring () {
    return read(/[A-Za-z0-9-.]+/)
  }

  function expectIdstring () {
    var string = idstring()
    if (!string) {
      throw new Error('Expected idstring at offset ' + index)
    }
    return string
  }

  function documentRef () {
    if (read('DocumentRef-')) {
      var string = expectIdstring()
      return { type: 'DOCUMENTREF', string: string }
    }
  }

  function licenseRef () {
    if (read('LicenseRef-')) {
      var string = expectIdstring()
      return { type: 'LICENSEREF', string: string }
    }
  }

  function identifier () {
    var begin = index
    var string = idstring()

    if (licenses.indexOf(string) !== -1) {
      return {
        type: 'LICENSE',
        string: string
      }
    } else if (exceptions.indexOf(string) !== -1) {
      return {
        type: 'EXCEPTION',
        string: string
      }
    }

    index = begin
  }

  // Tries to read the next token. Returns `undefined` if no token is
  // recognized.
  function parseToken () {
    // Ordering matters
    return (
      operator() ||
      documentRef() ||
      licenseRef() ||
      identifier()
    )
  }

  var tokens = []
  while (hasMore()) {
    skipWhitespace()
    if (!hasMore()) {
      break
    }

    var token = parseToken()
    if (!token) {
      throw new Error('Unexpected `' + source[index] +
                      '` at offset ' + index)
    }

    tokens.push(token)
  }
  return tokens
}


/***/ }),

/***/ 27180:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.chainI = chainI;
function* chainI(...iterables) {
    for (const iterable of iterables) {
        yield* iterable;
    }
}
//# sourceMappingURL=iterable.js.map

/***/ }),

/***/ 73837:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isNotUndefined = isNotUndefined;
function isNotUndefined(value) {
    return value !== undefined;
}
//# sourceMappingURL=notUndefined.js.map

/***/ }),

/***/ 40094:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SortableNumbers = exports.SortableStringables = exports.SortableComparables = exports.SortableSet = exports.compareObjectsSymbol = void 0;
exports.compareObjectsSymbol = Symbol('internal compare function');
class SortableSet extends Set {
    sorted() {
        return Array.from(this).sort(this[exports.compareObjectsSymbol]);
    }
    compare(other) {
        const sortedOther = other.sorted();
        const sortedSelf = this.sorted();
        if (sortedSelf.length !== sortedOther.length) {
            return sortedSelf.length - sortedOther.length;
        }
        for (let i = sortedSelf.length - 1; i >= 0; --i) {
            const iCompared = this[exports.compareObjectsSymbol](sortedSelf[i], sortedOther[i]);
            if (iCompared !== 0) {
                return iCompared;
            }
        }
        return 0;
    }
}
exports.SortableSet = SortableSet;
class SortableComparables extends SortableSet {
    [exports.compareObjectsSymbol](a, b) {
        if (a.constructor === b.constructor) {
            return a.compare(b);
        }
        return a.constructor.name.localeCompare(b.constructor.name);
    }
}
exports.SortableComparables = SortableComparables;
class SortableStringables extends SortableSet {
    [exports.compareObjectsSymbol](a, b) {
        return a.toString().localeCompare(b.toString());
    }
}
exports.SortableStringables = SortableStringables;
class SortableNumbers extends SortableSet {
    [exports.compareObjectsSymbol](a, b) {
        return a - b;
    }
}
exports.SortableNumbers = SortableNumbers;
//# sourceMappingURL=sortable.js.map

/***/ }),

/***/ 66698:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.treeIteratorSymbol = void 0;
exports.treeIteratorSymbol = Symbol('iterator of a tree/nesting-like structure');
//# sourceMappingURL=tree.js.map

/***/ }),

/***/ 72818:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.escapeUri = escapeUri;
const _ESCAPES = [
    [/ /g, '%20'],
    [/"/g, '%22'],
    [/'/g, '%27'],
    [/\[/g, '%5B'],
    [/]/g, '%5D'],
    [/</g, '%3C'],
    [/>/g, '%3E'],
    [/\{/g, '%7B'],
    [/}/g, '%7D'],
];
function escapeUri(value) {
    if (value === undefined) {
        return value;
    }
    for (const [s, r] of _ESCAPES) {
        value = value.replace(s, r);
    }
    return value;
}
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 47866:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AttachmentEncoding = void 0;
var AttachmentEncoding;
(function (AttachmentEncoding) {
    AttachmentEncoding["Base64"] = "base64";
})(AttachmentEncoding || (exports.AttachmentEncoding = AttachmentEncoding = {}));
//# sourceMappingURL=attachmentEncoding.js.map

/***/ }),

/***/ 91919:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ComponentScope = void 0;
var ComponentScope;
(function (ComponentScope) {
    ComponentScope["Required"] = "required";
    ComponentScope["Optional"] = "optional";
    ComponentScope["Excluded"] = "excluded";
})(ComponentScope || (exports.ComponentScope = ComponentScope = {}));
//# sourceMappingURL=componentScope.js.map

/***/ }),

/***/ 79915:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ComponentType = void 0;
var ComponentType;
(function (ComponentType) {
    ComponentType["Application"] = "application";
    ComponentType["Framework"] = "framework";
    ComponentType["Library"] = "library";
    ComponentType["Container"] = "container";
    ComponentType["Platform"] = "platform";
    ComponentType["OperatingSystem"] = "operating-system";
    ComponentType["Device"] = "device";
    ComponentType["DeviceDriver"] = "device-driver";
    ComponentType["Firmware"] = "firmware";
    ComponentType["File"] = "file";
    ComponentType["MachineLearningModel"] = "machine-learning-model";
    ComponentType["Data"] = "data";
    ComponentType["CryptographicAsset"] = "cryptographic-asset";
})(ComponentType || (exports.ComponentType = ComponentType = {}));
//# sourceMappingURL=componentType.js.map

/***/ }),

/***/ 86408:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ExternalReferenceType = void 0;
var ExternalReferenceType;
(function (ExternalReferenceType) {
    ExternalReferenceType["VCS"] = "vcs";
    ExternalReferenceType["IssueTracker"] = "issue-tracker";
    ExternalReferenceType["Website"] = "website";
    ExternalReferenceType["Advisories"] = "advisories";
    ExternalReferenceType["BOM"] = "bom";
    ExternalReferenceType["MailingList"] = "mailing-list";
    ExternalReferenceType["Social"] = "social";
    ExternalReferenceType["Chat"] = "chat";
    ExternalReferenceType["Documentation"] = "documentation";
    ExternalReferenceType["Support"] = "support";
    ExternalReferenceType["SourceDistribution"] = "source-distribution";
    ExternalReferenceType["Distribution"] = "distribution";
    ExternalReferenceType["DistributionIntake"] = "distribution-intake";
    ExternalReferenceType["License"] = "license";
    ExternalReferenceType["BuildMeta"] = "build-meta";
    ExternalReferenceType["BuildSystem"] = "build-system";
    ExternalReferenceType["ReleaseNotes"] = "release-notes";
    ExternalReferenceType["SecurityContact"] = "security-contact";
    ExternalReferenceType["ModelCard"] = "model-card";
    ExternalReferenceType["Log"] = "log";
    ExternalReferenceType["Configuration"] = "configuration";
    ExternalReferenceType["Evidence"] = "evidence";
    ExternalReferenceType["Formulation"] = "formulation";
    ExternalReferenceType["Attestation"] = "attestation";
    ExternalReferenceType["ThreatModel"] = "threat-model";
    ExternalReferenceType["AdversaryModel"] = "adversary-model";
    ExternalReferenceType["RiskAssessment"] = "risk-assessment";
    ExternalReferenceType["VulnerabilityAssertion"] = "vulnerability-assertion";
    ExternalReferenceType["ExploitabilityStatement"] = "exploitability-statement";
    ExternalReferenceType["PentestReport"] = "pentest-report";
    ExternalReferenceType["StaticAnalysisReport"] = "static-analysis-report";
    ExternalReferenceType["DynamicAnalysisReport"] = "dynamic-analysis-report";
    ExternalReferenceType["RuntimeAnalysisReport"] = "runtime-analysis-report";
    ExternalReferenceType["ComponentAnalysisReport"] = "component-analysis-report";
    ExternalReferenceType["MaturityReport"] = "maturity-report";
    ExternalReferenceType["CertificationReport"] = "certification-report";
    ExternalReferenceType["CodifiedInfrastructure"] = "codified-infrastructure";
    ExternalReferenceType["QualityMetrics"] = "quality-metrics";
    ExternalReferenceType["POAM"] = "poam";
    ExternalReferenceType["ElectronicSignature"] = "electronic-signature";
    ExternalReferenceType["DigitalSignature"] = "digital-signature";
    ExternalReferenceType["RFC9116"] = "rfc-9116";
    ExternalReferenceType["Citation"] = "citation";
    ExternalReferenceType["Patent"] = "patent";
    ExternalReferenceType["PatentAssertion"] = "patent-assertion";
    ExternalReferenceType["PatentFamily"] = "patent-family";
    ExternalReferenceType["Other"] = "other";
})(ExternalReferenceType || (exports.ExternalReferenceType = ExternalReferenceType = {}));
//# sourceMappingURL=externalReferenceType.js.map

/***/ }),

/***/ 12310:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HashAlgorithm = void 0;
var HashAlgorithm;
(function (HashAlgorithm) {
    HashAlgorithm["MD5"] = "MD5";
    HashAlgorithm["SHA-1"] = "SHA-1";
    HashAlgorithm["SHA-256"] = "SHA-256";
    HashAlgorithm["SHA-384"] = "SHA-384";
    HashAlgorithm["SHA-512"] = "SHA-512";
    HashAlgorithm["SHA3-256"] = "SHA3-256";
    HashAlgorithm["SHA3-384"] = "SHA3-384";
    HashAlgorithm["SHA3-512"] = "SHA3-512";
    HashAlgorithm["BLAKE2b-256"] = "BLAKE2b-256";
    HashAlgorithm["BLAKE2b-384"] = "BLAKE2b-384";
    HashAlgorithm["BLAKE2b-512"] = "BLAKE2b-512";
    HashAlgorithm["BLAKE3"] = "BLAKE3";
    HashAlgorithm["Streebog-256"] = "Streebog-256";
    HashAlgorithm["Streebog-512"] = "Streebog-512";
})(HashAlgorithm || (exports.HashAlgorithm = HashAlgorithm = {}));
//# sourceMappingURL=hashAlogorithm.js.map

/***/ }),

/***/ 6820:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Vulnerability = void 0;
__exportStar(__webpack_require__(47866), exports);
__exportStar(__webpack_require__(91919), exports);
__exportStar(__webpack_require__(79915), exports);
__exportStar(__webpack_require__(86408), exports);
__exportStar(__webpack_require__(12310), exports);
__exportStar(__webpack_require__(66399), exports);
__exportStar(__webpack_require__(10209), exports);
exports.Vulnerability = __importStar(__webpack_require__(60845));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 66399:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LicenseAcknowledgement = void 0;
var LicenseAcknowledgement;
(function (LicenseAcknowledgement) {
    LicenseAcknowledgement["Declared"] = "declared";
    LicenseAcknowledgement["Concluded"] = "concluded";
})(LicenseAcknowledgement || (exports.LicenseAcknowledgement = LicenseAcknowledgement = {}));
//# sourceMappingURL=licenseAcknowledgement.js.map

/***/ }),

/***/ 10209:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LifecyclePhase = void 0;
var LifecyclePhase;
(function (LifecyclePhase) {
    LifecyclePhase["Design"] = "design";
    LifecyclePhase["PreBuild"] = "pre-build";
    LifecyclePhase["Build"] = "build";
    LifecyclePhase["PostBuild"] = "post-build";
    LifecyclePhase["Operations"] = "operations";
    LifecyclePhase["Discovery"] = "discovery";
    LifecyclePhase["Decommission"] = "decommission";
})(LifecyclePhase || (exports.LifecyclePhase = LifecyclePhase = {}));
//# sourceMappingURL=lifecyclePhase.js.map

/***/ }),

/***/ 86586:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AffectStatus = void 0;
var AffectStatus;
(function (AffectStatus) {
    AffectStatus["Affected"] = "affected";
    AffectStatus["Unaffected"] = "unaffected";
    AffectStatus["Unknown"] = "unknown";
})(AffectStatus || (exports.AffectStatus = AffectStatus = {}));
//# sourceMappingURL=affectStatus.js.map

/***/ }),

/***/ 55177:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AnalysisJustification = void 0;
var AnalysisJustification;
(function (AnalysisJustification) {
    AnalysisJustification["CodeNotPresent"] = "code_not_present";
    AnalysisJustification["CodeNotReachable"] = "code_not_reachable";
    AnalysisJustification["RequiresConfiguration"] = "requires_configuration";
    AnalysisJustification["RequiresDependency"] = "requires_dependency";
    AnalysisJustification["RequiresEnvironment"] = "requires_environment";
    AnalysisJustification["ProtectedByCompiler"] = "protected_by_compiler";
    AnalysisJustification["ProtectedAtRuntime"] = "protected_at_runtime";
    AnalysisJustification["ProtectedAtPerimeter"] = "protected_at_perimeter";
    AnalysisJustification["ProtectedByMitigatingControl"] = "protected_by_mitigating_control";
})(AnalysisJustification || (exports.AnalysisJustification = AnalysisJustification = {}));
//# sourceMappingURL=analysisJustification.js.map

/***/ }),

/***/ 26824:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AnalysisResponseRepository = exports.AnalysisResponse = void 0;
const sortable_1 = __webpack_require__(40094);
var AnalysisResponse;
(function (AnalysisResponse) {
    AnalysisResponse["CanNotFix"] = "can_not_fix";
    AnalysisResponse["WillNotFix"] = "will_not_fix";
    AnalysisResponse["Update"] = "update";
    AnalysisResponse["Rollback"] = "rollback";
    AnalysisResponse["WorkaroundAvailable"] = "workaround_available";
})(AnalysisResponse || (exports.AnalysisResponse = AnalysisResponse = {}));
class AnalysisResponseRepository extends sortable_1.SortableStringables {
}
exports.AnalysisResponseRepository = AnalysisResponseRepository;
//# sourceMappingURL=analysisResponse.js.map

/***/ }),

/***/ 92834:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AnalysisState = void 0;
var AnalysisState;
(function (AnalysisState) {
    AnalysisState["Resolved"] = "resolved";
    AnalysisState["ResolvedWithPedigree"] = "resolved_with_pedigree";
    AnalysisState["Exploitable"] = "exploitable";
    AnalysisState["InTriage"] = "in_triage";
    AnalysisState["FalsePositive"] = "false_positive";
    AnalysisState["NotAffected"] = "not_affected";
})(AnalysisState || (exports.AnalysisState = AnalysisState = {}));
//# sourceMappingURL=analysisState.js.map

/***/ }),

/***/ 60845:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__webpack_require__(86586), exports);
__exportStar(__webpack_require__(55177), exports);
__exportStar(__webpack_require__(26824), exports);
__exportStar(__webpack_require__(92834), exports);
__exportStar(__webpack_require__(21369), exports);
__exportStar(__webpack_require__(66650), exports);
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 21369:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RatingMethod = void 0;
var RatingMethod;
(function (RatingMethod) {
    RatingMethod["CVSSv2"] = "CVSSv2";
    RatingMethod["CVSSv3"] = "CVSSv3";
    RatingMethod["CVSSv31"] = "CVSSv31";
    RatingMethod["CVSSv4"] = "CVSSv4";
    RatingMethod["OWASP"] = "OWASP";
    RatingMethod["SSVC"] = "SSVC";
    RatingMethod["Other"] = "other";
})(RatingMethod || (exports.RatingMethod = RatingMethod = {}));
//# sourceMappingURL=ratingMethod.js.map

/***/ }),

/***/ 66650:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Severity = void 0;
var Severity;
(function (Severity) {
    Severity["Critical"] = "critical";
    Severity["High"] = "high";
    Severity["Medium"] = "medium";
    Severity["Low"] = "low";
    Severity["Info"] = "info";
    Severity["None"] = "none";
    Severity["Unknown"] = "unknown";
})(Severity || (exports.Severity = Severity = {}));
//# sourceMappingURL=severity.js.map

/***/ }),

/***/ 63159:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Attachment = void 0;
class Attachment {
    contentType;
    content;
    encoding;
    constructor(content, op = {}) {
        this.contentType = op.contentType;
        this.content = content;
        this.encoding = op.encoding;
    }
}
exports.Attachment = Attachment;
//# sourceMappingURL=attachment.js.map

/***/ }),

/***/ 2266:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Bom = void 0;
const integer_1 = __webpack_require__(36181);
const component_1 = __webpack_require__(5663);
const metadata_1 = __webpack_require__(81015);
const service_1 = __webpack_require__(63547);
const vulnerability_1 = __webpack_require__(17191);
class Bom {
    metadata;
    components;
    services;
    vulnerabilities;
    #version = 1;
    #serialNumber;
    constructor(op = {}) {
        this.metadata = op.metadata ?? new metadata_1.Metadata();
        this.components = op.components ?? new component_1.ComponentRepository();
        this.services = op.services ?? new service_1.ServiceRepository();
        this.version = op.version ?? this.version;
        this.vulnerabilities = op.vulnerabilities ?? new vulnerability_1.VulnerabilityRepository();
        this.serialNumber = op.serialNumber;
    }
    get version() {
        return this.#version;
    }
    set version(value) {
        if (!(0, integer_1.isPositiveInteger)(value)) {
            throw new TypeError('Not PositiveInteger');
        }
        this.#version = value;
    }
    get serialNumber() {
        return this.#serialNumber;
    }
    set serialNumber(value) {
        this.#serialNumber = value === ''
            ? undefined
            : value;
    }
}
exports.Bom = Bom;
//# sourceMappingURL=bom.js.map

/***/ }),

/***/ 47286:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BomLinkElement = exports.BomLinkDocument = void 0;
class BomLinkBase {
    #value;
    constructor(value) {
        this.value = value;
    }
    get value() {
        return this.#value;
    }
    set value(value) {
        if (!this._isValid(value)) {
            throw new RangeError('invalid value');
        }
        this.#value = value;
    }
    compare(other) {
        return this.toString().localeCompare(other.toString());
    }
    toString() {
        return this.value;
    }
}
class BomLinkDocument extends BomLinkBase {
    static #pattern = /^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[1-9][0-9]*$/;
    static isValid(value) {
        return typeof value === 'string' &&
            this.#pattern.test(value);
    }
    _isValid(value) {
        return BomLinkDocument.isValid(value);
    }
}
exports.BomLinkDocument = BomLinkDocument;
class BomLinkElement extends BomLinkBase {
    static #pattern = /^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[1-9][0-9]*#.+$/;
    static isValid(value) {
        return typeof value === 'string' &&
            this.#pattern.test(value);
    }
    _isValid(value) {
        return BomLinkElement.isValid(value);
    }
}
exports.BomLinkElement = BomLinkElement;
//# sourceMappingURL=bomLink.js.map

/***/ }),

/***/ 97385:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BomRefRepository = exports.BomRef = void 0;
class BomRef {
    value;
    constructor(value) {
        this.value = value;
    }
    compare(other) {
        return this.toString().localeCompare(other.toString());
    }
    toString() {
        return this.value ?? '';
    }
}
exports.BomRef = BomRef;
class BomRefRepository extends Set {
}
exports.BomRefRepository = BomRefRepository;
//# sourceMappingURL=bomRef.js.map

/***/ }),

/***/ 5663:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ComponentEvidence = exports.ComponentRepository = exports.Component = void 0;
const sortable_1 = __webpack_require__(40094);
const tree_1 = __webpack_require__(66698);
const cpe_1 = __webpack_require__(51013);
const bomRef_1 = __webpack_require__(97385);
const copyright_1 = __webpack_require__(16985);
const externalReference_1 = __webpack_require__(91916);
const hash_1 = __webpack_require__(24810);
const license_1 = __webpack_require__(27027);
const property_1 = __webpack_require__(44799);
class Component {
    type;
    name;
    author;
    copyright;
    description;
    externalReferences;
    group;
    hashes;
    licenses;
    publisher;
    purl;
    scope;
    supplier;
    swid;
    version;
    components;
    properties;
    evidence;
    #bomRef;
    #cpe;
    dependencies;
    constructor(type, name, op = {}) {
        this.#bomRef = new bomRef_1.BomRef(op.bomRef);
        this.type = type;
        this.name = name;
        this.supplier = op.supplier;
        this.author = op.author;
        this.copyright = op.copyright;
        this.externalReferences = op.externalReferences ?? new externalReference_1.ExternalReferenceRepository();
        this.group = op.group;
        this.hashes = op.hashes ?? new hash_1.HashDictionary();
        this.licenses = op.licenses ?? new license_1.LicenseRepository();
        this.publisher = op.publisher;
        this.purl = op.purl;
        this.scope = op.scope;
        this.swid = op.swid;
        this.version = op.version;
        this.description = op.description;
        this.components = op.components ?? new ComponentRepository();
        this.cpe = op.cpe;
        this.properties = op.properties ?? new property_1.PropertyRepository();
        this.evidence = op.evidence;
        this.dependencies = op.dependencies ?? new bomRef_1.BomRefRepository();
    }
    get bomRef() {
        return this.#bomRef;
    }
    get cpe() {
        return this.#cpe;
    }
    set cpe(value) {
        if (value !== undefined && !(0, cpe_1.isCPE)(value)) {
            throw new TypeError('Not CPE nor undefined');
        }
        this.#cpe = value;
    }
    compare(other) {
        const bomRefCompare = this.bomRef.compare(other.bomRef);
        if (bomRefCompare !== 0) {
            return bomRefCompare;
        }
        if (this.purl !== undefined && other.purl !== undefined) {
            return this.purl.localeCompare(other.purl);
        }
        if (this.#cpe !== undefined && other.#cpe !== undefined) {
            return this.#cpe.localeCompare(other.#cpe);
        }
        return (this.group ?? '').localeCompare(other.group ?? '') ||
            this.name.localeCompare(other.name) ||
            (this.version ?? '').localeCompare(other.version ?? '');
    }
}
exports.Component = Component;
class ComponentRepository extends sortable_1.SortableComparables {
    *[tree_1.treeIteratorSymbol]() {
        for (const component of this) {
            yield component;
            yield* component.components[tree_1.treeIteratorSymbol]();
        }
    }
}
exports.ComponentRepository = ComponentRepository;
class ComponentEvidence {
    licenses;
    copyright;
    constructor(op = {}) {
        this.licenses = op.licenses ?? new license_1.LicenseRepository();
        this.copyright = op.copyright ?? new copyright_1.CopyrightRepository();
    }
}
exports.ComponentEvidence = ComponentEvidence;
//# sourceMappingURL=component.js.map

/***/ }),

/***/ 16985:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CopyrightRepository = void 0;
const sortable_1 = __webpack_require__(40094);
class CopyrightRepository extends sortable_1.SortableStringables {
}
exports.CopyrightRepository = CopyrightRepository;
//# sourceMappingURL=copyright.js.map

/***/ }),

/***/ 91916:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ExternalReferenceRepository = exports.ExternalReference = void 0;
const sortable_1 = __webpack_require__(40094);
const hash_1 = __webpack_require__(24810);
class ExternalReference {
    url;
    type;
    hashes;
    comment;
    constructor(url, type, op = {}) {
        this.url = url;
        this.type = type;
        this.hashes = op.hashes ?? new hash_1.HashDictionary();
        this.comment = op.comment;
    }
    compare(other) {
        return this.type.localeCompare(other.type) ||
            this.url.toString().localeCompare(other.url.toString());
    }
}
exports.ExternalReference = ExternalReference;
class ExternalReferenceRepository extends sortable_1.SortableComparables {
}
exports.ExternalReferenceRepository = ExternalReferenceRepository;
//# sourceMappingURL=externalReference.js.map

/***/ }),

/***/ 24810:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HashDictionary = void 0;
class HashDictionary extends Map {
    static #compareItems([a1, c1], [a2, c2]) {
        return a1.localeCompare(a2) ||
            c1.localeCompare(c2);
    }
    sorted() {
        return Array.from(this.entries()).sort(HashDictionary.#compareItems);
    }
}
exports.HashDictionary = HashDictionary;
//# sourceMappingURL=hash.js.map

/***/ }),

/***/ 50320:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Vulnerability = void 0;
__exportStar(__webpack_require__(63159), exports);
__exportStar(__webpack_require__(2266), exports);
__exportStar(__webpack_require__(47286), exports);
__exportStar(__webpack_require__(97385), exports);
__exportStar(__webpack_require__(5663), exports);
__exportStar(__webpack_require__(16985), exports);
__exportStar(__webpack_require__(91916), exports);
__exportStar(__webpack_require__(24810), exports);
__exportStar(__webpack_require__(27027), exports);
__exportStar(__webpack_require__(604), exports);
__exportStar(__webpack_require__(81015), exports);
__exportStar(__webpack_require__(50330), exports);
__exportStar(__webpack_require__(39047), exports);
__exportStar(__webpack_require__(44799), exports);
__exportStar(__webpack_require__(63547), exports);
__exportStar(__webpack_require__(74501), exports);
__exportStar(__webpack_require__(28468), exports);
exports.Vulnerability = __importStar(__webpack_require__(46105));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 27027:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LicenseRepository = exports.SpdxLicense = exports.NamedLicense = exports.LicenseExpression = void 0;
const property_1 = __webpack_require__(44799);
class LicenseExpression {
    #expression;
    acknowledgement;
    constructor(expression) {
        this.expression = expression;
    }
    get expression() {
        return this.#expression;
    }
    set expression(value) {
        if (value === '') {
            throw new RangeError('value is empty string');
        }
        this.#expression = value;
    }
    compare(other) {
        return this.#expression.localeCompare(other.#expression);
    }
}
exports.LicenseExpression = LicenseExpression;
class DisjunctiveLicenseBase {
    acknowledgement;
    text;
    #url;
    properties;
    constructor(op = {}) {
        this.acknowledgement = op.acknowledgement;
        this.text = op.text;
        this.url = op.url;
        this.properties = op.properties ?? new property_1.PropertyRepository();
    }
    get url() {
        return this.#url;
    }
    set url(value) {
        this.#url = value === ''
            ? undefined
            : value;
    }
}
class NamedLicense extends DisjunctiveLicenseBase {
    name;
    constructor(name, op = {}) {
        super(op);
        this.name = name;
    }
    compare(other) {
        return this.name.localeCompare(other.name);
    }
}
exports.NamedLicense = NamedLicense;
class SpdxLicense extends DisjunctiveLicenseBase {
    #id;
    constructor(id, op = {}) {
        super(op);
        this.id = id;
    }
    get id() {
        return this.#id;
    }
    set id(value) {
        if (value === '') {
            throw new RangeError('value is empty string');
        }
        this.#id = value;
    }
    compare(other) {
        return this.#id.localeCompare(other.#id);
    }
}
exports.SpdxLicense = SpdxLicense;
class LicenseRepository extends Set {
    static #compareItems(a, b) {
        if (a.constructor === b.constructor) {
            return a.compare(b);
        }
        return a.constructor.name.localeCompare(b.constructor.name);
    }
    sorted() {
        return Array.from(this).sort(LicenseRepository.#compareItems);
    }
}
exports.LicenseRepository = LicenseRepository;
//# sourceMappingURL=license.js.map

/***/ }),

/***/ 604:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LifecycleRepository = exports.NamedLifecycle = void 0;
class NamedLifecycle {
    name;
    description;
    constructor(name, op = {}) {
        this.name = name;
        this.description = op.description;
    }
    compare(other) {
        return this.name.localeCompare(other.name);
    }
}
exports.NamedLifecycle = NamedLifecycle;
class LifecycleRepository extends Set {
    static #compareItems(a, b) {
        if (a.constructor === b.constructor) {
            return a instanceof NamedLifecycle
                ? a.compare(b)
                : a.localeCompare(b);
        }
        return a.constructor.name.localeCompare(b.constructor.name);
    }
    sorted() {
        return Array.from(this).sort(LifecycleRepository.#compareItems);
    }
}
exports.LifecycleRepository = LifecycleRepository;
//# sourceMappingURL=lifecycle.js.map

/***/ }),

/***/ 81015:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Metadata = void 0;
const license_1 = __webpack_require__(27027);
const lifecycle_1 = __webpack_require__(604);
const organizationalContact_1 = __webpack_require__(50330);
const property_1 = __webpack_require__(44799);
const tool_1 = __webpack_require__(28468);
class Metadata {
    timestamp;
    lifecycles;
    tools;
    authors;
    component;
    manufacture;
    supplier;
    licenses;
    properties;
    constructor(op = {}) {
        this.timestamp = op.timestamp;
        this.lifecycles = op.lifecycles ?? new lifecycle_1.LifecycleRepository();
        this.tools = op.tools ?? new tool_1.Tools();
        this.authors = op.authors ?? new organizationalContact_1.OrganizationalContactRepository();
        this.component = op.component;
        this.manufacture = op.manufacture;
        this.supplier = op.supplier;
        this.licenses = op.licenses ?? new license_1.LicenseRepository();
        this.properties = op.properties ?? new property_1.PropertyRepository();
    }
}
exports.Metadata = Metadata;
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 50330:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OrganizationalContactRepository = exports.OrganizationalContact = void 0;
const sortable_1 = __webpack_require__(40094);
class OrganizationalContact {
    name;
    email;
    phone;
    constructor(op = {}) {
        this.name = op.name;
        this.email = op.email;
        this.phone = op.phone;
    }
    compare(other) {
        return (this.name ?? '').localeCompare(other.name ?? '') ||
            (this.email ?? '').localeCompare(other.email ?? '') ||
            (this.phone ?? '').localeCompare(other.phone ?? '');
    }
}
exports.OrganizationalContact = OrganizationalContact;
class OrganizationalContactRepository extends sortable_1.SortableComparables {
}
exports.OrganizationalContactRepository = OrganizationalContactRepository;
//# sourceMappingURL=organizationalContact.js.map

/***/ }),

/***/ 39047:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OrganizationalEntityRepository = exports.OrganizationalEntity = void 0;
const sortable_1 = __webpack_require__(40094);
const organizationalContact_1 = __webpack_require__(50330);
class OrganizationalEntity {
    name;
    url;
    contact;
    constructor(op = {}) {
        this.name = op.name;
        this.url = op.url ?? new Set();
        this.contact = op.contact ?? new organizationalContact_1.OrganizationalContactRepository();
    }
    compare(other) {
        return (this.name ?? '').localeCompare(other.name ?? '') ||
            this.contact.compare(other.contact) ||
            (new sortable_1.SortableStringables(this.url)).compare(new sortable_1.SortableStringables(other.url));
    }
}
exports.OrganizationalEntity = OrganizationalEntity;
class OrganizationalEntityRepository extends sortable_1.SortableComparables {
}
exports.OrganizationalEntityRepository = OrganizationalEntityRepository;
//# sourceMappingURL=organizationalEntity.js.map

/***/ }),

/***/ 44799:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PropertyRepository = exports.Property = void 0;
const sortable_1 = __webpack_require__(40094);
class Property {
    name;
    value;
    constructor(name, value) {
        this.name = name;
        this.value = value;
    }
    compare(other) {
        return this.name.localeCompare(other.name) ||
            this.value.localeCompare(other.value);
    }
}
exports.Property = Property;
class PropertyRepository extends sortable_1.SortableComparables {
}
exports.PropertyRepository = PropertyRepository;
//# sourceMappingURL=property.js.map

/***/ }),

/***/ 63547:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ServiceRepository = exports.Service = void 0;
const sortable_1 = __webpack_require__(40094);
const tree_1 = __webpack_require__(66698);
const bomRef_1 = __webpack_require__(97385);
const externalReference_1 = __webpack_require__(91916);
const license_1 = __webpack_require__(27027);
const property_1 = __webpack_require__(44799);
class Service {
    provider;
    group;
    name;
    version;
    description;
    licenses;
    externalReferences;
    services;
    properties;
    #bomRef;
    dependencies;
    constructor(name, op = {}) {
        this.#bomRef = new bomRef_1.BomRef(op.bomRef);
        this.provider = op.provider;
        this.group = op.group;
        this.name = name;
        this.version = op.version;
        this.description = op.description;
        this.licenses = op.licenses ?? new license_1.LicenseRepository();
        this.externalReferences = op.externalReferences ?? new externalReference_1.ExternalReferenceRepository();
        this.services = op.services ?? new ServiceRepository();
        this.properties = op.properties ?? new property_1.PropertyRepository();
        this.dependencies = op.dependencies ?? new bomRef_1.BomRefRepository();
    }
    get bomRef() {
        return this.#bomRef;
    }
    compare(other) {
        const bomRefCompare = this.bomRef.compare(other.bomRef);
        if (bomRefCompare !== 0) {
            return bomRefCompare;
        }
        return (this.group ?? '').localeCompare(other.group ?? '') ||
            this.name.localeCompare(other.name) ||
            (this.version ?? '').localeCompare(other.version ?? '');
    }
}
exports.Service = Service;
class ServiceRepository extends sortable_1.SortableComparables {
    *[tree_1.treeIteratorSymbol]() {
        for (const service of this) {
            yield service;
            yield* service.services[tree_1.treeIteratorSymbol]();
        }
    }
}
exports.ServiceRepository = ServiceRepository;
//# sourceMappingURL=service.js.map

/***/ }),

/***/ 74501:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SWID = void 0;
const integer_1 = __webpack_require__(36181);
class SWID {
    tagId;
    name;
    version;
    patch;
    text;
    url;
    #tagVersion;
    constructor(tagId, name, op = {}) {
        this.tagId = tagId;
        this.name = name;
        this.version = op.version;
        this.patch = op.patch;
        this.text = op.text;
        this.url = op.url;
        this.tagVersion = op.tagVersion;
    }
    get tagVersion() {
        return this.#tagVersion;
    }
    set tagVersion(value) {
        if (value !== undefined && !(0, integer_1.isNonNegativeInteger)(value)) {
            throw new TypeError('Not NonNegativeInteger nor undefined');
        }
        this.#tagVersion = value;
    }
}
exports.SWID = SWID;
//# sourceMappingURL=swid.js.map

/***/ }),

/***/ 28468:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Tools = exports.ToolRepository = exports.Tool = void 0;
const sortable_1 = __webpack_require__(40094);
const component_1 = __webpack_require__(5663);
const externalReference_1 = __webpack_require__(91916);
const hash_1 = __webpack_require__(24810);
const service_1 = __webpack_require__(63547);
class Tool {
    vendor;
    name;
    version;
    hashes;
    externalReferences;
    constructor(op = {}) {
        this.vendor = op.vendor;
        this.name = op.name;
        this.version = op.version;
        this.hashes = op.hashes ?? new hash_1.HashDictionary();
        this.externalReferences = op.externalReferences ?? new externalReference_1.ExternalReferenceRepository();
    }
    compare(other) {
        return (this.vendor ?? '').localeCompare(other.vendor ?? '') ||
            (this.name ?? '').localeCompare(other.name ?? '') ||
            (this.version ?? '').localeCompare(other.version ?? '');
    }
    static fromComponent(component) {
        return new Tool({
            vendor: component.group,
            name: component.name,
            version: component.version,
            hashes: component.hashes,
            externalReferences: component.externalReferences
        });
    }
    static fromService(service) {
        return new Tool({
            vendor: service.group,
            name: service.name,
            version: service.version,
            externalReferences: service.externalReferences
        });
    }
}
exports.Tool = Tool;
class ToolRepository extends sortable_1.SortableComparables {
}
exports.ToolRepository = ToolRepository;
class Tools {
    components;
    services;
    tools;
    constructor(op = {}) {
        this.components = op.components ?? new component_1.ComponentRepository();
        this.services = op.services ?? new service_1.ServiceRepository();
        this.tools = op.tools ?? new ToolRepository();
    }
    get size() {
        return this.components.size
            + this.services.size
            + this.tools.size;
    }
}
exports.Tools = Tools;
//# sourceMappingURL=tool.js.map

/***/ }),

/***/ 4102:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AdvisoryRepository = exports.Advisory = void 0;
const sortable_1 = __webpack_require__(40094);
class Advisory {
    title;
    url;
    constructor(url, op = {}) {
        this.url = url;
        this.title = op.title;
    }
    compare(other) {
        return this.url.toString().localeCompare(other.url.toString()) ||
            (this.title ?? '').localeCompare(other.title ?? '');
    }
}
exports.Advisory = Advisory;
class AdvisoryRepository extends sortable_1.SortableComparables {
}
exports.AdvisoryRepository = AdvisoryRepository;
//# sourceMappingURL=advisory.js.map

/***/ }),

/***/ 78616:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AffectedVersionRepository = exports.AffectedVersionRange = exports.AffectedSingleVersion = exports.AffectRepository = exports.Affect = void 0;
const sortable_1 = __webpack_require__(40094);
class Affect {
    ref;
    versions;
    constructor(ref, op = {}) {
        this.ref = ref;
        this.versions = op.versions ?? new AffectedVersionRepository();
    }
    compare(other) {
        return this.ref.compare(other.ref) ||
            this.versions.compare(other.versions);
    }
}
exports.Affect = Affect;
class AffectRepository extends sortable_1.SortableComparables {
}
exports.AffectRepository = AffectRepository;
class AffectedSingleVersion {
    version;
    status;
    constructor(version, op = {}) {
        this.version = version;
        this.status = op.status;
    }
    compare(other) {
        return (this.version).localeCompare(other.version) ||
            (this.status ?? '').localeCompare(other.status ?? '');
    }
}
exports.AffectedSingleVersion = AffectedSingleVersion;
class AffectedVersionRange {
    range;
    status;
    constructor(range, op = {}) {
        this.range = range;
        this.status = op.status;
    }
    compare(other) {
        return (this.range).localeCompare(other.range) ||
            (this.status ?? '').localeCompare(other.status ?? '');
    }
}
exports.AffectedVersionRange = AffectedVersionRange;
class AffectedVersionRepository extends sortable_1.SortableComparables {
}
exports.AffectedVersionRepository = AffectedVersionRepository;
//# sourceMappingURL=affect.js.map

/***/ }),

/***/ 80631:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Analysis = void 0;
const analysisResponse_1 = __webpack_require__(26824);
class Analysis {
    state;
    justification;
    response;
    detail;
    constructor(op = {}) {
        this.state = op.state;
        this.justification = op.justification;
        this.response = op.response ?? new analysisResponse_1.AnalysisResponseRepository();
        this.detail = op.detail;
    }
}
exports.Analysis = Analysis;
//# sourceMappingURL=analysis.js.map

/***/ }),

/***/ 93747:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Credits = void 0;
const organizationalContact_1 = __webpack_require__(50330);
const organizationalEntity_1 = __webpack_require__(39047);
class Credits {
    organizations;
    individuals;
    constructor(op = {}) {
        this.organizations = op.organizations ?? new organizationalEntity_1.OrganizationalEntityRepository();
        this.individuals = op.individuals ?? new organizationalContact_1.OrganizationalContactRepository();
    }
}
exports.Credits = Credits;
//# sourceMappingURL=credits.js.map

/***/ }),

/***/ 46105:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__webpack_require__(4102), exports);
__exportStar(__webpack_require__(78616), exports);
__exportStar(__webpack_require__(80631), exports);
__exportStar(__webpack_require__(93747), exports);
__exportStar(__webpack_require__(51264), exports);
__exportStar(__webpack_require__(73204), exports);
__exportStar(__webpack_require__(78284), exports);
__exportStar(__webpack_require__(17191), exports);
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 51264:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RatingRepository = exports.Rating = void 0;
const sortable_1 = __webpack_require__(40094);
class Rating {
    source;
    score;
    severity;
    method;
    vector;
    justification;
    constructor(op = {}) {
        this.source = op.source;
        this.score = op.score;
        this.severity = op.severity;
        this.method = op.method;
        this.vector = op.vector;
        this.justification = op.justification;
    }
    compare(other) {
        return ((this.score ?? 0) - (other.score ?? 0)) ||
            (this.vector ?? '').localeCompare(other.vector ?? '') ||
            (this.justification ?? '').localeCompare(other.justification ?? '') ||
            (this.severity ?? '').localeCompare(other.severity ?? '') ||
            (this.method ?? '').localeCompare(other.method ?? '') ||
            (this.source && other.source ? this.source.compare(other.source) : 0);
    }
}
exports.Rating = Rating;
class RatingRepository extends sortable_1.SortableComparables {
}
exports.RatingRepository = RatingRepository;
//# sourceMappingURL=rating.js.map

/***/ }),

/***/ 73204:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ReferenceRepository = exports.Reference = void 0;
const sortable_1 = __webpack_require__(40094);
class Reference {
    id;
    source;
    constructor(id, source) {
        this.id = id;
        this.source = source;
    }
    compare(other) {
        return this.id.localeCompare(other.id) ||
            this.source.compare(other.source);
    }
}
exports.Reference = Reference;
class ReferenceRepository extends sortable_1.SortableComparables {
}
exports.ReferenceRepository = ReferenceRepository;
//# sourceMappingURL=reference.js.map

/***/ }),

/***/ 78284:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Source = void 0;
class Source {
    name;
    url;
    constructor(op = {}) {
        this.name = op.name;
        this.url = op.url;
    }
    compare(other) {
        return (this.url?.toString() ?? '').localeCompare(other.url?.toString() ?? '') ||
            (this.name ?? '').localeCompare(other.name ?? '');
    }
}
exports.Source = Source;
//# sourceMappingURL=source.js.map

/***/ }),

/***/ 17191:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.VulnerabilityRepository = exports.Vulnerability = void 0;
const sortable_1 = __webpack_require__(40094);
const cwe_1 = __webpack_require__(43198);
const bomRef_1 = __webpack_require__(97385);
const property_1 = __webpack_require__(44799);
const tool_1 = __webpack_require__(28468);
const advisory_1 = __webpack_require__(4102);
const affect_1 = __webpack_require__(78616);
const rating_1 = __webpack_require__(51264);
const reference_1 = __webpack_require__(73204);
class Vulnerability {
    #bomRef;
    id;
    source;
    references;
    ratings;
    cwes;
    description;
    detail;
    recommendation;
    advisories;
    created;
    published;
    updated;
    credits;
    tools;
    analysis;
    affects;
    properties;
    constructor(op = {}) {
        this.#bomRef = new bomRef_1.BomRef(op.bomRef);
        this.id = op.id;
        this.source = op.source;
        this.references = op.references ?? new reference_1.ReferenceRepository();
        this.ratings = op.ratings ?? new rating_1.RatingRepository();
        this.cwes = op.cwes ?? new cwe_1.CweRepository();
        this.description = op.description;
        this.detail = op.detail;
        this.recommendation = op.recommendation;
        this.advisories = op.advisories ?? new advisory_1.AdvisoryRepository();
        this.created = op.created;
        this.published = op.published;
        this.updated = op.updated;
        this.credits = op.credits;
        this.tools = op.tools ?? new tool_1.Tools();
        this.analysis = op.analysis;
        this.affects = op.affects ?? new affect_1.AffectRepository();
        this.properties = op.properties ?? new property_1.PropertyRepository();
    }
    get bomRef() {
        return this.#bomRef;
    }
    compare(other) {
        const bomRefCompare = this.bomRef.compare(other.bomRef);
        if (bomRefCompare !== 0) {
            return bomRefCompare;
        }
        return (this.id ?? '').localeCompare(other.id ?? '') ||
            (this.created?.getTime() ?? 0) - (other.created?.getTime() ?? 0) ||
            (this.published?.getTime() ?? 0) - (other.published?.getTime() ?? 0) ||
            (this.updated?.getTime() ?? 0) - (other.updated?.getTime() ?? 0) ||
            this.ratings.compare(other.ratings) ||
            this.cwes.compare(other.cwes) ||
            (this.description ?? '').localeCompare(other.description ?? '') ||
            (this.detail ?? '').localeCompare(other.detail ?? '') ||
            (this.recommendation ?? '').localeCompare(other.recommendation ?? '') ||
            (this.source && other.source ? this.source.compare(other.source) : 0) ||
            this.properties.compare(other.properties);
    }
}
exports.Vulnerability = Vulnerability;
class VulnerabilityRepository extends sortable_1.SortableComparables {
}
exports.VulnerabilityRepository = VulnerabilityRepository;
//# sourceMappingURL=vulnerability.js.map

/***/ }),

/***/ 52608:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = exports.$7 = void 0;
const iterable_1 = __webpack_require__(27180);
const notUndefined_1 = __webpack_require__(73837);
const tree_1 = __webpack_require__(66698);
const uri_1 = __webpack_require__(72818);
const license_1 = __webpack_require__(27027);
const lifecycle_1 = __webpack_require__(604);
const tool_1 = __webpack_require__(28468);
const affect_1 = __webpack_require__(78616);
const spdx_1 = __webpack_require__(61290);
const enums_1 = __webpack_require__(33671);
const types_1 = __webpack_require__(84466);
class Factory {
    #spec;
    constructor(spec) {
        this.#spec = spec;
    }
    get spec() {
        return this.#spec;
    }
    makeForBom() {
        return new BomNormalizer(this);
    }
    makeForMetadata() {
        return new MetadataNormalizer(this);
    }
    makeForComponent() {
        return new ComponentNormalizer(this);
    }
    makeForService() {
        return new ServiceNormalizer(this);
    }
    makeForComponentEvidence() {
        return new ComponentEvidenceNormalizer(this);
    }
    makeForLifecycle() {
        return new LifecycleNormalizer(this);
    }
    makeForTool() {
        return new ToolNormalizer(this);
    }
    makeForTools() {
        return new ToolsNormalizer(this);
    }
    makeForOrganizationalContact() {
        return new OrganizationalContactNormalizer(this);
    }
    makeForOrganizationalEntity() {
        return new OrganizationalEntityNormalizer(this);
    }
    makeForHash() {
        return new HashNormalizer(this);
    }
    makeForLicense() {
        return new LicenseNormalizer(this);
    }
    makeForSWID() {
        return new SWIDNormalizer(this);
    }
    makeForExternalReference() {
        return new ExternalReferenceNormalizer(this);
    }
    makeForAttachment() {
        return new AttachmentNormalizer(this);
    }
    makeForProperty() {
        return new PropertyNormalizer(this);
    }
    makeForDependencyGraph() {
        return new DependencyGraphNormalizer(this);
    }
    makeForVulnerability() {
        return new VulnerabilityNormalizer(this);
    }
    makeForVulnerabilitySource() {
        return new VulnerabilitySourceNormalizer(this);
    }
    makeForVulnerabilityReference() {
        return new VulnerabilityReferenceNormalizer(this);
    }
    makeForVulnerabilityRating() {
        return new VulnerabilityRatingNormalizer(this);
    }
    makeForVulnerabilityAdvisory() {
        return new VulnerabilityAdvisoryNormalizer(this);
    }
    makeForVulnerabilityCredits() {
        return new VulnerabilityCreditsNormalizer(this);
    }
    makeForVulnerabilityAffect() {
        return new VulnerabilityAffectNormalizer(this);
    }
    makeForVulnerabilityAffectedVersion() {
        return new VulnerabilityAffectedVersionNormalizer(this);
    }
    makeForVulnerabilityAnalysis() {
        return new VulnerabilityAnalysisNormalizer(this);
    }
}
exports.$7 = Factory;
const schemaUrl = new Map([
    [enums_1.Version.v1dot7, 'http://cyclonedx.org/schema/bom-1.7.schema.json'],
    [enums_1.Version.v1dot6, 'http://cyclonedx.org/schema/bom-1.6.schema.json'],
    [enums_1.Version.v1dot5, 'http://cyclonedx.org/schema/bom-1.5.schema.json'],
    [enums_1.Version.v1dot4, 'http://cyclonedx.org/schema/bom-1.4.schema.json'],
    [enums_1.Version.v1dot3, 'http://cyclonedx.org/schema/bom-1.3a.schema.json'],
    [enums_1.Version.v1dot2, 'http://cyclonedx.org/schema/bom-1.2b.schema.json']
]);
class BaseJsonNormalizer {
    _factory;
    constructor(factory) {
        this._factory = factory;
    }
    get factory() {
        return this._factory;
    }
}
class BomNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            $schema: schemaUrl.get(this._factory.spec.version),
            bomFormat: 'CycloneDX',
            specVersion: this._factory.spec.version,
            version: data.version,
            serialNumber: this.#isEligibleSerialNumber(data.serialNumber)
                ? data.serialNumber
                : undefined,
            metadata: this._factory.makeForMetadata().normalize(data.metadata, options),
            components: data.components.size > 0
                ? this._factory.makeForComponent().normalizeIterable(data.components, options)
                : [],
            services: this._factory.spec.supportsServices && data.services.size > 0
                ? this._factory.makeForService().normalizeIterable(data.services, options)
                : undefined,
            dependencies: this._factory.spec.supportsDependencyGraph
                ? this._factory.makeForDependencyGraph().normalize(data, options)
                : undefined,
            vulnerabilities: this._factory.spec.supportsVulnerabilities && data.vulnerabilities.size > 0
                ? this._factory.makeForVulnerability().normalizeIterable(data.vulnerabilities, options)
                : undefined
        };
    }
    #isEligibleSerialNumber(v) {
        return v !== undefined &&
            /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v);
    }
}
__webpack_unused_export__ = BomNormalizer;
class MetadataNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        const orgEntityNormalizer = this._factory.makeForOrganizationalEntity();
        return {
            timestamp: data.timestamp?.toISOString(),
            lifecycles: this._factory.spec.supportsMetadataLifecycles && data.lifecycles.size > 0
                ? this._factory.makeForLifecycle().normalizeIterable(data.lifecycles, options)
                : undefined,
            tools: data.tools.size > 0
                ? this._factory.makeForTools().normalize(data.tools, options)
                : undefined,
            authors: data.authors.size > 0
                ? this._factory.makeForOrganizationalContact().normalizeIterable(data.authors, options)
                : undefined,
            component: data.component === undefined
                ? undefined
                : this._factory.makeForComponent().normalize(data.component, options),
            manufacture: data.manufacture === undefined
                ? undefined
                : orgEntityNormalizer.normalize(data.manufacture, options),
            supplier: data.supplier === undefined
                ? undefined
                : orgEntityNormalizer.normalize(data.supplier, options),
            licenses: this._factory.spec.supportsMetadataLicenses && data.licenses.size > 0
                ? this._factory.makeForLicense().normalizeIterable(data.licenses, options)
                : undefined,
            properties: this._factory.spec.supportsMetadataProperties && data.properties.size > 0
                ? this._factory.makeForProperty().normalizeIterable(data.properties, options)
                : undefined
        };
    }
}
__webpack_unused_export__ = MetadataNormalizer;
class LifecycleNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return data instanceof lifecycle_1.NamedLifecycle
            ? { name: data.name, description: data.description }
            : { phase: data };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(lc => this.normalize(lc, options));
    }
}
__webpack_unused_export__ = LifecycleNormalizer;
class ToolNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            vendor: data.vendor || undefined,
            name: data.name || undefined,
            version: data.version || undefined,
            hashes: data.hashes.size > 0
                ? this._factory.makeForHash().normalizeIterable(data.hashes, options)
                : undefined,
            externalReferences: this._factory.spec.supportsToolReferences && data.externalReferences.size > 0
                ? this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options)
                : undefined
        };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(t => this.normalize(t, options));
    }
}
__webpack_unused_export__ = ToolNormalizer;
class ToolsNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        if (data.tools.size > 0 || !this._factory.spec.supportsToolsComponentsServices) {
            return this._factory.makeForTool().normalizeIterable(new tool_1.ToolRepository((0, iterable_1.chainI)(Array.from(data.components, tool_1.Tool.fromComponent), Array.from(data.services, tool_1.Tool.fromService), data.tools)), options);
        }
        return {
            components: data.components.size > 0
                ? this._factory.makeForComponent().normalizeIterable(data.components, options)
                : undefined,
            services: data.services.size > 0
                ? this._factory.makeForService().normalizeIterable(data.services, options)
                : undefined
        };
    }
}
__webpack_unused_export__ = ToolsNormalizer;
class HashNormalizer extends BaseJsonNormalizer {
    normalize([algorithm, content], options) {
        const spec = this._factory.spec;
        return spec.supportsHashAlgorithm(algorithm) && spec.supportsHashValue(content)
            ? {
                alg: algorithm,
                content
            }
            : undefined;
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(h => this.normalize(h, options)).filter(notUndefined_1.isNotUndefined);
    }
}
__webpack_unused_export__ = HashNormalizer;
class OrganizationalContactNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            name: data.name || undefined,
            email: types_1.JsonSchema.isIdnEmail(data.email)
                ? data.email
                : undefined,
            phone: data.phone || undefined
        };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(oc => this.normalize(oc, options));
    }
}
__webpack_unused_export__ = OrganizationalContactNormalizer;
class OrganizationalEntityNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        const urls = normalizeStringableIter(Array.from(data.url, (s) => (0, uri_1.escapeUri)(s.toString())), options).filter(types_1.JsonSchema.isIriReference);
        return {
            name: data.name || undefined,
            url: urls.length > 0
                ? urls
                : undefined,
            contact: data.contact.size > 0
                ? this._factory.makeForOrganizationalContact().normalizeIterable(data.contact, options)
                : undefined
        };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(oe => this.normalize(oe, options));
    }
}
__webpack_unused_export__ = OrganizationalEntityNormalizer;
class ComponentNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        const spec = this._factory.spec;
        if (!spec.supportsComponentType(data.type)) {
            return undefined;
        }
        const version = data.version ?? '';
        return {
            type: data.type,
            name: data.name,
            group: data.group || undefined,
            version: version.length > 0 || spec.requiresComponentVersion
                ? version
                : undefined,
            'bom-ref': data.bomRef.value || undefined,
            supplier: data.supplier === undefined
                ? undefined
                : this._factory.makeForOrganizationalEntity().normalize(data.supplier, options),
            author: data.author || undefined,
            publisher: data.publisher || undefined,
            description: data.description || undefined,
            scope: data.scope,
            hashes: data.hashes.size > 0
                ? this._factory.makeForHash().normalizeIterable(data.hashes, options)
                : undefined,
            licenses: data.licenses.size > 0
                ? this._factory.makeForLicense().normalizeIterable(data.licenses, options)
                : undefined,
            copyright: data.copyright?.toString() || undefined,
            cpe: data.cpe || undefined,
            purl: data.purl?.toString(),
            swid: data.swid === undefined
                ? undefined
                : this._factory.makeForSWID().normalize(data.swid, options),
            externalReferences: data.externalReferences.size > 0
                ? this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options)
                : undefined,
            properties: spec.supportsProperties(data) && data.properties.size > 0
                ? this._factory.makeForProperty().normalizeIterable(data.properties, options)
                : undefined,
            components: data.components.size > 0
                ? this.normalizeIterable(data.components, options)
                : undefined,
            evidence: spec.supportsComponentEvidence && data.evidence !== undefined
                ? this._factory.makeForComponentEvidence().normalize(data.evidence, options)
                : undefined
        };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(c => this.normalize(c, options)).filter(notUndefined_1.isNotUndefined);
    }
}
__webpack_unused_export__ = ComponentNormalizer;
class ServiceNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        const spec = this._factory.spec;
        return {
            'bom-ref': data.bomRef.value || undefined,
            provider: data.provider
                ? this._factory.makeForOrganizationalEntity().normalize(data.provider, options)
                : undefined,
            group: data.group,
            name: data.name,
            version: data.version || undefined,
            description: data.description || undefined,
            licenses: data.licenses.size > 0
                ? this._factory.makeForLicense().normalizeIterable(data.licenses, options)
                : undefined,
            externalReferences: data.externalReferences.size > 0
                ? this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options)
                : undefined,
            services: data.services.size > 0
                ? this._factory.makeForService().normalizeIterable(data.services, options)
                : undefined,
            properties: spec.supportsProperties(data) && data.properties.size > 0
                ? this._factory.makeForProperty().normalizeIterable(data.properties, options)
                : undefined,
        };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(s => this.normalize(s, options));
    }
}
__webpack_unused_export__ = ServiceNormalizer;
class ComponentEvidenceNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            licenses: data.licenses.size > 0
                ? this._factory.makeForLicense().normalizeIterable(data.licenses, options)
                : undefined,
            copyright: data.copyright.size > 0
                ? (options.sortLists
                    ? data.copyright.sorted().map(ComponentEvidenceNormalizer.#normalizeCopyright)
                    : Array.from(data.copyright, ComponentEvidenceNormalizer.#normalizeCopyright))
                : undefined
        };
    }
    static #normalizeCopyright(c) {
        return { text: c.toString() };
    }
}
__webpack_unused_export__ = ComponentEvidenceNormalizer;
class LicenseNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        switch (true) {
            case data instanceof license_1.NamedLicense:
                return this.#normalizeNamedLicense(data, options);
            case data instanceof license_1.SpdxLicense:
                return (0, spdx_1.isSupportedSpdxId)(data.id)
                    ? this.#normalizeSpdxLicense(data, options)
                    : this.#normalizeNamedLicense(new license_1.NamedLicense(data.id, { url: data.url }), options);
            case data instanceof license_1.LicenseExpression:
                return this.#normalizeLicenseExpression(data);
            default:
                throw new TypeError('Unexpected LicenseChoice');
        }
    }
    #normalizeNamedLicense(data, options) {
        const spec = this._factory.spec;
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        return {
            license: {
                name: data.name,
                acknowledgement: spec.supportsLicenseAcknowledgement
                    ? data.acknowledgement
                    : undefined,
                text: data.text === undefined
                    ? undefined
                    : this._factory.makeForAttachment().normalize(data.text, options),
                url: types_1.JsonSchema.isIriReference(url)
                    ? url
                    : undefined,
                properties: spec.supportsProperties(data) && data.properties.size > 0
                    ? this._factory.makeForProperty().normalizeIterable(data.properties, options)
                    : undefined
            }
        };
    }
    #normalizeSpdxLicense(data, options) {
        const spec = this._factory.spec;
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        return {
            license: {
                id: data.id,
                acknowledgement: spec.supportsLicenseAcknowledgement
                    ? data.acknowledgement
                    : undefined,
                text: data.text === undefined
                    ? undefined
                    : this._factory.makeForAttachment().normalize(data.text, options),
                url: types_1.JsonSchema.isIriReference(url)
                    ? url
                    : undefined,
                properties: spec.supportsProperties(data) && data.properties.size > 0
                    ? this._factory.makeForProperty().normalizeIterable(data.properties, options)
                    : undefined
            }
        };
    }
    #normalizeLicenseExpression(data) {
        return {
            expression: data.expression,
            acknowledgement: this._factory.spec.supportsLicenseAcknowledgement
                ? data.acknowledgement
                : undefined
        };
    }
    normalizeIterable(data, options) {
        const licenses = options.sortLists ?? false
            ? data.sorted()
            : Array.from(data);
        if (licenses.length > 1) {
            const expressions = licenses.filter(l => l instanceof license_1.LicenseExpression);
            if (expressions.length > 0) {
                return [this.#normalizeLicenseExpression(expressions[0])];
            }
        }
        return licenses.map(l => this.normalize(l, options));
    }
}
__webpack_unused_export__ = LicenseNormalizer;
class SWIDNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        return {
            tagId: data.tagId,
            name: data.name,
            version: data.version || undefined,
            tagVersion: data.tagVersion,
            patch: data.patch,
            text: data.text === undefined
                ? undefined
                : this._factory.makeForAttachment().normalize(data.text, options),
            url: types_1.JsonSchema.isIriReference(url)
                ? url
                : undefined
        };
    }
}
__webpack_unused_export__ = SWIDNormalizer;
class ExternalReferenceNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return this._factory.spec.supportsExternalReferenceType(data.type)
            ? {
                url: (0, uri_1.escapeUri)(data.url.toString()),
                type: data.type,
                hashes: this._factory.spec.supportsExternalReferenceHashes && data.hashes.size > 0
                    ? this._factory.makeForHash().normalizeIterable(data.hashes, options)
                    : undefined,
                comment: data.comment || undefined
            }
            : undefined;
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(r => this.normalize(r, options)).filter(notUndefined_1.isNotUndefined);
    }
}
__webpack_unused_export__ = ExternalReferenceNormalizer;
class AttachmentNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            content: data.content.toString(),
            contentType: data.contentType || undefined,
            encoding: data.encoding
        };
    }
}
__webpack_unused_export__ = AttachmentNormalizer;
class PropertyNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            name: data.name,
            value: data.value
        };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(p => this.normalize(p, options));
    }
}
__webpack_unused_export__ = PropertyNormalizer;
class DependencyGraphNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        const allRefs = new Map();
        if (data.metadata.component !== undefined) {
            allRefs.set(data.metadata.component.bomRef, data.metadata.component.dependencies);
            for (const component of data.metadata.component.components[tree_1.treeIteratorSymbol]()) {
                allRefs.set(component.bomRef, component.dependencies);
            }
        }
        for (const component of data.components[tree_1.treeIteratorSymbol]()) {
            allRefs.set(component.bomRef, component.dependencies);
        }
        for (const service of data.services[tree_1.treeIteratorSymbol]()) {
            allRefs.set(service.bomRef, service.dependencies);
        }
        const normalized = [];
        for (const [ref, deps] of allRefs) {
            const dep = this.#normalizeDependency(ref, deps, allRefs, options);
            if ((0, notUndefined_1.isNotUndefined)(dep)) {
                normalized.push(dep);
            }
        }
        if (options.sortLists ?? false) {
            normalized.sort(({ ref: a }, { ref: b }) => a.localeCompare(b));
        }
        return normalized;
    }
    #normalizeDependency(ref, deps, allRefs, options) {
        const bomRef = ref.toString();
        if (bomRef.length === 0) {
            return undefined;
        }
        const dependsOn = normalizeStringableIter(Array.from(deps).filter(d => allRefs.has(d) && d !== ref), options).filter(d => d.length > 0);
        return {
            ref: bomRef,
            dependsOn: dependsOn.length > 0
                ? dependsOn
                : undefined
        };
    }
}
__webpack_unused_export__ = DependencyGraphNormalizer;
class VulnerabilityNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            'bom-ref': data.bomRef.value || undefined,
            id: data.id || undefined,
            source: data.source === undefined
                ? undefined
                : this._factory.makeForVulnerabilitySource().normalize(data.source, options),
            references: data.references.size > 0
                ? this._factory.makeForVulnerabilityReference().normalizeIterable(data.references, options)
                : undefined,
            ratings: data.ratings.size > 0
                ? this._factory.makeForVulnerabilityRating().normalizeIterable(data.ratings, options)
                : undefined,
            cwes: data.cwes.size > 0
                ? (options.sortLists ?? false
                    ? data.cwes.sorted()
                    : Array.from(data.cwes))
                : undefined,
            description: data.description,
            detail: data.detail,
            recommendation: data.recommendation,
            advisories: data.advisories.size > 0
                ? this._factory.makeForVulnerabilityAdvisory().normalizeIterable(data.advisories, options)
                : undefined,
            created: data.created?.toISOString(),
            published: data.published?.toISOString(),
            updated: data.updated?.toISOString(),
            credits: data.credits === undefined
                ? undefined
                : this._factory.makeForVulnerabilityCredits().normalize(data.credits, options),
            tools: data.tools.size > 0
                ? this._factory.makeForTools().normalize(data.tools, options)
                : undefined,
            analysis: data.analysis === undefined
                ? undefined
                : this._factory.makeForVulnerabilityAnalysis().normalize(data.analysis, options),
            affects: data.affects.size > 0
                ? this._factory.makeForVulnerabilityAffect().normalizeIterable(data.affects, options)
                : undefined,
            properties: data.properties.size > 0
                ? this._factory.makeForProperty().normalizeIterable(data.properties, options)
                : undefined
        };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(v => this.normalize(v, options));
    }
}
__webpack_unused_export__ = VulnerabilityNormalizer;
class VulnerabilitySourceNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            name: data.name,
            url: data.url?.toString()
        };
    }
}
__webpack_unused_export__ = VulnerabilitySourceNormalizer;
class VulnerabilityReferenceNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            id: data.id,
            source: this._factory.makeForVulnerabilitySource().normalize(data.source, options)
        };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(r => this.normalize(r, options));
    }
}
__webpack_unused_export__ = VulnerabilityReferenceNormalizer;
class VulnerabilityRatingNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            source: data.source === undefined
                ? undefined
                : this._factory.makeForVulnerabilitySource().normalize(data.source, options),
            score: data.score,
            severity: data.severity,
            method: this._factory.spec.supportsVulnerabilityRatingMethod(data.method)
                ? data.method
                : undefined,
            vector: data.vector,
            justification: data.justification
        };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(r => this.normalize(r, options));
    }
}
__webpack_unused_export__ = VulnerabilityRatingNormalizer;
class VulnerabilityAdvisoryNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        const url = (0, uri_1.escapeUri)(data.url.toString());
        if (!types_1.JsonSchema.isIriReference(url)) {
            return undefined;
        }
        return {
            title: data.title,
            url
        };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(a => this.normalize(a, options)).filter(notUndefined_1.isNotUndefined);
    }
}
__webpack_unused_export__ = VulnerabilityAdvisoryNormalizer;
class VulnerabilityCreditsNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            organizations: data.organizations.size > 0
                ? this._factory.makeForOrganizationalEntity().normalizeIterable(data.organizations, options)
                : undefined,
            individuals: data.individuals.size > 0
                ? this._factory.makeForOrganizationalContact().normalizeIterable(data.individuals, options)
                : undefined
        };
    }
}
__webpack_unused_export__ = VulnerabilityCreditsNormalizer;
class VulnerabilityAffectNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            ref: data.ref.toString(),
            versions: data.versions.size > 0
                ? this._factory.makeForVulnerabilityAffectedVersion().normalizeIterable(data.versions, options)
                : undefined
        };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(a => this.normalize(a, options));
    }
}
__webpack_unused_export__ = VulnerabilityAffectNormalizer;
class VulnerabilityAffectedVersionNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        switch (true) {
            case data instanceof affect_1.AffectedSingleVersion:
                return this.#normalizeAffectedSingleVersion(data);
            case data instanceof affect_1.AffectedVersionRange:
                return this.#normalizeAffectedVersionRange(data);
            default:
                throw new TypeError('Unexpected Vulnerability AffectedVersion');
        }
    }
    #normalizeAffectedSingleVersion(data) {
        return data.version.length < 1
            ? undefined
            : {
                version: data.version.substring(0, 1024),
                status: data.status
            };
    }
    #normalizeAffectedVersionRange(data) {
        return data.range.length < 1
            ? undefined
            : {
                range: data.range.substring(0, 1024),
                status: data.status
            };
    }
    normalizeIterable(data, options) {
        return (options.sortLists ?? false
            ? data.sorted()
            : Array.from(data)).map(av => this.normalize(av, options)).filter(notUndefined_1.isNotUndefined);
    }
}
__webpack_unused_export__ = VulnerabilityAffectedVersionNormalizer;
class VulnerabilityAnalysisNormalizer extends BaseJsonNormalizer {
    normalize(data, options) {
        return {
            state: data.state,
            justification: data.justification,
            response: data.response.size > 0
                ? (options.sortLists ?? false
                    ? data.response.sorted()
                    : Array.from(data.response))
                : undefined,
            detail: data.detail
        };
    }
}
__webpack_unused_export__ = VulnerabilityAnalysisNormalizer;
function normalizeStringableIter(data, options) {
    const r = Array.from(data, d => d.toString());
    if (options.sortLists ?? false) {
        r.sort((a, b) => a.localeCompare(b));
    }
    return r;
}
//# sourceMappingURL=normalize.js.map

/***/ }),

/***/ 84466:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.JsonSchema = void 0;
var JsonSchema;
(function (JsonSchema) {
    function isIriReference(value) {
        return typeof value === 'string' &&
            value.length > 0;
    }
    JsonSchema.isIriReference = isIriReference;
    function isIdnEmail(value) {
        return typeof value === 'string' &&
            value.length > 0;
    }
    JsonSchema.isIdnEmail = isIdnEmail;
})(JsonSchema || (exports.JsonSchema = JsonSchema = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 61290:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isSupportedSpdxId = isSupportedSpdxId;
exports.fixupSpdxId = fixupSpdxId;
const spdx_SNAPSHOT_schema_json_1 = __webpack_require__(52094);
const spdxIds = new Set(spdx_SNAPSHOT_schema_json_1.enum);
const spdxLowerToActual = Object.freeze(Object.fromEntries(spdx_SNAPSHOT_schema_json_1.enum.map(spdxId => [spdxId.toLowerCase(), spdxId])));
function isSupportedSpdxId(value) {
    return spdxIds.has(value);
}
function fixupSpdxId(value) {
    return typeof value === 'string' && value.length > 0
        ? spdxLowerToActual[value.toLowerCase()]
        : undefined;
}
//# sourceMappingURL=spdx.js.map

/***/ }),

/***/ 41088:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports._Spec = void 0;
const models_1 = __webpack_require__(50320);
class _Spec {
    #version;
    #formats;
    #componentTypes;
    #hashAlgorithms;
    #hashValuePattern;
    #externalReferenceTypes;
    #vulnerabilityRatingMethods;
    #supportsDependencyGraph;
    #supportsToolReferences;
    #requiresComponentVersion;
    #supportsProperties;
    #supportsVulnerabilities;
    #supportsComponentEvidence;
    #supportsMetadataLifecycles;
    #supportsMetadataLicenses;
    #supportsMetadataProperties;
    #supportsExternalReferenceHashes;
    #supportsLicenseAcknowledgement;
    #supportsServices;
    #supportsToolsComponentsServices;
    #supportsLicenseProperties;
    constructor(version, formats, componentTypes, hashAlgorithms, hashValuePattern, externalReferenceTypes, supportsDependencyGraph, supportsToolReferences, requiresComponentVersion, supportsProperties, supportsVulnerabilities, vulnerabilityRatingMethods, supportsComponentEvidence, supportsMetadataLifecycles, supportsMetadataLicenses, supportsMetadataProperties, supportsExternalReferenceHashes, supportsLicenseAcknowledgement, supportsServices, supportsToolsComponentsServices, supportsLicenseProperties) {
        this.#version = version;
        this.#formats = new Set(formats);
        this.#componentTypes = new Set(componentTypes);
        this.#hashAlgorithms = new Set(hashAlgorithms);
        this.#hashValuePattern = hashValuePattern;
        this.#externalReferenceTypes = new Set(externalReferenceTypes);
        this.#supportsDependencyGraph = supportsDependencyGraph;
        this.#supportsToolReferences = supportsToolReferences;
        this.#requiresComponentVersion = requiresComponentVersion;
        this.#supportsProperties = supportsProperties;
        this.#supportsVulnerabilities = supportsVulnerabilities;
        this.#vulnerabilityRatingMethods = new Set(vulnerabilityRatingMethods);
        this.#supportsComponentEvidence = supportsComponentEvidence;
        this.#supportsMetadataLifecycles = supportsMetadataLifecycles;
        this.#supportsMetadataLicenses = supportsMetadataLicenses;
        this.#supportsMetadataProperties = supportsMetadataProperties;
        this.#supportsExternalReferenceHashes = supportsExternalReferenceHashes;
        this.#supportsLicenseAcknowledgement = supportsLicenseAcknowledgement;
        this.#supportsServices = supportsServices;
        this.#supportsToolsComponentsServices = supportsToolsComponentsServices;
        this.#supportsLicenseProperties = supportsLicenseProperties;
    }
    get version() {
        return this.#version;
    }
    supportsFormat(f) {
        return this.#formats.has(f);
    }
    supportsComponentType(ct) {
        return this.#componentTypes.has(ct);
    }
    supportsHashAlgorithm(ha) {
        return this.#hashAlgorithms.has(ha);
    }
    supportsHashValue(hv) {
        return typeof hv === 'string' &&
            this.#hashValuePattern.test(hv);
    }
    supportsExternalReferenceType(ert) {
        return this.#externalReferenceTypes.has(ert);
    }
    get supportsDependencyGraph() {
        return this.#supportsDependencyGraph;
    }
    get supportsToolReferences() {
        return this.#supportsToolReferences;
    }
    get requiresComponentVersion() {
        return this.#requiresComponentVersion;
    }
    supportsProperties(model) {
        switch (true) {
            case model instanceof models_1.NamedLicense || model instanceof models_1.SpdxLicense:
                return this.#supportsLicenseProperties;
            default:
                return this.#supportsProperties;
        }
    }
    get supportsVulnerabilities() {
        return this.#supportsVulnerabilities;
    }
    supportsVulnerabilityRatingMethod(rm) {
        return this.#vulnerabilityRatingMethods.has(rm);
    }
    get supportsComponentEvidence() {
        return this.#supportsComponentEvidence;
    }
    get supportsMetadataLifecycles() {
        return this.#supportsMetadataLifecycles;
    }
    get supportsMetadataLicenses() {
        return this.#supportsMetadataLicenses;
    }
    get supportsMetadataProperties() {
        return this.#supportsMetadataProperties;
    }
    get supportsExternalReferenceHashes() {
        return this.#supportsExternalReferenceHashes;
    }
    get supportsLicenseAcknowledgement() {
        return this.#supportsLicenseAcknowledgement;
    }
    get supportsServices() {
        return this.#supportsServices;
    }
    get supportsToolsComponentsServices() {
        return this.#supportsToolsComponentsServices;
    }
}
exports._Spec = _Spec;
//# sourceMappingURL=_protocol.js.map

/***/ }),

/***/ 64641:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SpecVersionDict = exports.Spec1dot7 = exports.Spec1dot6 = exports.Spec1dot5 = exports.Spec1dot4 = exports.Spec1dot3 = exports.Spec1dot2 = void 0;
const componentType_1 = __webpack_require__(79915);
const externalReferenceType_1 = __webpack_require__(86408);
const hashAlogorithm_1 = __webpack_require__(12310);
const ratingMethod_1 = __webpack_require__(21369);
const _protocol_1 = __webpack_require__(41088);
const enums_1 = __webpack_require__(33671);
exports.Spec1dot2 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot2, [
    enums_1.Format.XML,
    enums_1.Format.JSON
], [
    componentType_1.ComponentType.Application,
    componentType_1.ComponentType.Framework,
    componentType_1.ComponentType.Library,
    componentType_1.ComponentType.Container,
    componentType_1.ComponentType.OperatingSystem,
    componentType_1.ComponentType.Device,
    componentType_1.ComponentType.Firmware,
    componentType_1.ComponentType.File
], [
    hashAlogorithm_1.HashAlgorithm.MD5,
    hashAlogorithm_1.HashAlgorithm['SHA-1'],
    hashAlogorithm_1.HashAlgorithm['SHA-256'],
    hashAlogorithm_1.HashAlgorithm['SHA-384'],
    hashAlogorithm_1.HashAlgorithm['SHA-512'],
    hashAlogorithm_1.HashAlgorithm['SHA3-256'],
    hashAlogorithm_1.HashAlgorithm['SHA3-384'],
    hashAlogorithm_1.HashAlgorithm['SHA3-512'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-256'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-384'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-512'],
    hashAlogorithm_1.HashAlgorithm.BLAKE3
], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
    externalReferenceType_1.ExternalReferenceType.VCS,
    externalReferenceType_1.ExternalReferenceType.IssueTracker,
    externalReferenceType_1.ExternalReferenceType.Website,
    externalReferenceType_1.ExternalReferenceType.Advisories,
    externalReferenceType_1.ExternalReferenceType.BOM,
    externalReferenceType_1.ExternalReferenceType.MailingList,
    externalReferenceType_1.ExternalReferenceType.Social,
    externalReferenceType_1.ExternalReferenceType.Chat,
    externalReferenceType_1.ExternalReferenceType.Documentation,
    externalReferenceType_1.ExternalReferenceType.Support,
    externalReferenceType_1.ExternalReferenceType.Distribution,
    externalReferenceType_1.ExternalReferenceType.License,
    externalReferenceType_1.ExternalReferenceType.BuildMeta,
    externalReferenceType_1.ExternalReferenceType.BuildSystem,
    externalReferenceType_1.ExternalReferenceType.Other
], true, false, true, false, false, [], false, false, false, false, false, false, true, false, false));
exports.Spec1dot3 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot3, [
    enums_1.Format.XML,
    enums_1.Format.JSON
], [
    componentType_1.ComponentType.Application,
    componentType_1.ComponentType.Framework,
    componentType_1.ComponentType.Library,
    componentType_1.ComponentType.Container,
    componentType_1.ComponentType.OperatingSystem,
    componentType_1.ComponentType.Device,
    componentType_1.ComponentType.Firmware,
    componentType_1.ComponentType.File
], [
    hashAlogorithm_1.HashAlgorithm.MD5,
    hashAlogorithm_1.HashAlgorithm['SHA-1'],
    hashAlogorithm_1.HashAlgorithm['SHA-256'],
    hashAlogorithm_1.HashAlgorithm['SHA-384'],
    hashAlogorithm_1.HashAlgorithm['SHA-512'],
    hashAlogorithm_1.HashAlgorithm['SHA3-256'],
    hashAlogorithm_1.HashAlgorithm['SHA3-384'],
    hashAlogorithm_1.HashAlgorithm['SHA3-512'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-256'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-384'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-512'],
    hashAlogorithm_1.HashAlgorithm.BLAKE3
], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
    externalReferenceType_1.ExternalReferenceType.VCS,
    externalReferenceType_1.ExternalReferenceType.IssueTracker,
    externalReferenceType_1.ExternalReferenceType.Website,
    externalReferenceType_1.ExternalReferenceType.Advisories,
    externalReferenceType_1.ExternalReferenceType.BOM,
    externalReferenceType_1.ExternalReferenceType.MailingList,
    externalReferenceType_1.ExternalReferenceType.Social,
    externalReferenceType_1.ExternalReferenceType.Chat,
    externalReferenceType_1.ExternalReferenceType.Documentation,
    externalReferenceType_1.ExternalReferenceType.Support,
    externalReferenceType_1.ExternalReferenceType.Distribution,
    externalReferenceType_1.ExternalReferenceType.License,
    externalReferenceType_1.ExternalReferenceType.BuildMeta,
    externalReferenceType_1.ExternalReferenceType.BuildSystem,
    externalReferenceType_1.ExternalReferenceType.Other
], true, false, true, true, false, [], true, false, true, true, true, false, true, false, false));
exports.Spec1dot4 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot4, [
    enums_1.Format.XML,
    enums_1.Format.JSON
], [
    componentType_1.ComponentType.Application,
    componentType_1.ComponentType.Framework,
    componentType_1.ComponentType.Library,
    componentType_1.ComponentType.Container,
    componentType_1.ComponentType.OperatingSystem,
    componentType_1.ComponentType.Device,
    componentType_1.ComponentType.Firmware,
    componentType_1.ComponentType.File
], [
    hashAlogorithm_1.HashAlgorithm.MD5,
    hashAlogorithm_1.HashAlgorithm['SHA-1'],
    hashAlogorithm_1.HashAlgorithm['SHA-256'],
    hashAlogorithm_1.HashAlgorithm['SHA-384'],
    hashAlogorithm_1.HashAlgorithm['SHA-512'],
    hashAlogorithm_1.HashAlgorithm['SHA3-256'],
    hashAlogorithm_1.HashAlgorithm['SHA3-384'],
    hashAlogorithm_1.HashAlgorithm['SHA3-512'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-256'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-384'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-512'],
    hashAlogorithm_1.HashAlgorithm.BLAKE3
], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
    externalReferenceType_1.ExternalReferenceType.VCS,
    externalReferenceType_1.ExternalReferenceType.IssueTracker,
    externalReferenceType_1.ExternalReferenceType.Website,
    externalReferenceType_1.ExternalReferenceType.Advisories,
    externalReferenceType_1.ExternalReferenceType.BOM,
    externalReferenceType_1.ExternalReferenceType.MailingList,
    externalReferenceType_1.ExternalReferenceType.Social,
    externalReferenceType_1.ExternalReferenceType.Chat,
    externalReferenceType_1.ExternalReferenceType.Documentation,
    externalReferenceType_1.ExternalReferenceType.Support,
    externalReferenceType_1.ExternalReferenceType.Distribution,
    externalReferenceType_1.ExternalReferenceType.License,
    externalReferenceType_1.ExternalReferenceType.BuildMeta,
    externalReferenceType_1.ExternalReferenceType.BuildSystem,
    externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
    externalReferenceType_1.ExternalReferenceType.Other
], true, true, false, true, true, [
    ratingMethod_1.RatingMethod.CVSSv2,
    ratingMethod_1.RatingMethod.CVSSv3,
    ratingMethod_1.RatingMethod.CVSSv31,
    ratingMethod_1.RatingMethod.OWASP,
    ratingMethod_1.RatingMethod.Other
], true, false, true, true, true, false, true, false, false));
exports.Spec1dot5 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot5, [
    enums_1.Format.XML,
    enums_1.Format.JSON
], [
    componentType_1.ComponentType.Application,
    componentType_1.ComponentType.Framework,
    componentType_1.ComponentType.Library,
    componentType_1.ComponentType.Container,
    componentType_1.ComponentType.Platform,
    componentType_1.ComponentType.OperatingSystem,
    componentType_1.ComponentType.Device,
    componentType_1.ComponentType.DeviceDriver,
    componentType_1.ComponentType.Firmware,
    componentType_1.ComponentType.File,
    componentType_1.ComponentType.MachineLearningModel,
    componentType_1.ComponentType.Data
], [
    hashAlogorithm_1.HashAlgorithm.MD5,
    hashAlogorithm_1.HashAlgorithm['SHA-1'],
    hashAlogorithm_1.HashAlgorithm['SHA-256'],
    hashAlogorithm_1.HashAlgorithm['SHA-384'],
    hashAlogorithm_1.HashAlgorithm['SHA-512'],
    hashAlogorithm_1.HashAlgorithm['SHA3-256'],
    hashAlogorithm_1.HashAlgorithm['SHA3-384'],
    hashAlogorithm_1.HashAlgorithm['SHA3-512'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-256'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-384'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-512'],
    hashAlogorithm_1.HashAlgorithm.BLAKE3
], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
    externalReferenceType_1.ExternalReferenceType.VCS,
    externalReferenceType_1.ExternalReferenceType.IssueTracker,
    externalReferenceType_1.ExternalReferenceType.Website,
    externalReferenceType_1.ExternalReferenceType.Advisories,
    externalReferenceType_1.ExternalReferenceType.BOM,
    externalReferenceType_1.ExternalReferenceType.MailingList,
    externalReferenceType_1.ExternalReferenceType.Social,
    externalReferenceType_1.ExternalReferenceType.Chat,
    externalReferenceType_1.ExternalReferenceType.Documentation,
    externalReferenceType_1.ExternalReferenceType.Support,
    externalReferenceType_1.ExternalReferenceType.Distribution,
    externalReferenceType_1.ExternalReferenceType.DistributionIntake,
    externalReferenceType_1.ExternalReferenceType.License,
    externalReferenceType_1.ExternalReferenceType.BuildMeta,
    externalReferenceType_1.ExternalReferenceType.BuildSystem,
    externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
    externalReferenceType_1.ExternalReferenceType.SecurityContact,
    externalReferenceType_1.ExternalReferenceType.ModelCard,
    externalReferenceType_1.ExternalReferenceType.Log,
    externalReferenceType_1.ExternalReferenceType.Configuration,
    externalReferenceType_1.ExternalReferenceType.Evidence,
    externalReferenceType_1.ExternalReferenceType.Formulation,
    externalReferenceType_1.ExternalReferenceType.Attestation,
    externalReferenceType_1.ExternalReferenceType.ThreatModel,
    externalReferenceType_1.ExternalReferenceType.AdversaryModel,
    externalReferenceType_1.ExternalReferenceType.RiskAssessment,
    externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
    externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
    externalReferenceType_1.ExternalReferenceType.PentestReport,
    externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.MaturityReport,
    externalReferenceType_1.ExternalReferenceType.CertificationReport,
    externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
    externalReferenceType_1.ExternalReferenceType.QualityMetrics,
    externalReferenceType_1.ExternalReferenceType.POAM,
    externalReferenceType_1.ExternalReferenceType.Other
], true, true, false, true, true, [
    ratingMethod_1.RatingMethod.CVSSv2,
    ratingMethod_1.RatingMethod.CVSSv3,
    ratingMethod_1.RatingMethod.CVSSv31,
    ratingMethod_1.RatingMethod.CVSSv4,
    ratingMethod_1.RatingMethod.OWASP,
    ratingMethod_1.RatingMethod.SSVC,
    ratingMethod_1.RatingMethod.Other
], true, true, true, true, true, false, true, true, true));
exports.Spec1dot6 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot6, [
    enums_1.Format.XML,
    enums_1.Format.JSON
], [
    componentType_1.ComponentType.Application,
    componentType_1.ComponentType.Framework,
    componentType_1.ComponentType.Library,
    componentType_1.ComponentType.Container,
    componentType_1.ComponentType.Platform,
    componentType_1.ComponentType.OperatingSystem,
    componentType_1.ComponentType.Device,
    componentType_1.ComponentType.DeviceDriver,
    componentType_1.ComponentType.Firmware,
    componentType_1.ComponentType.File,
    componentType_1.ComponentType.MachineLearningModel,
    componentType_1.ComponentType.Data,
    componentType_1.ComponentType.CryptographicAsset
], [
    hashAlogorithm_1.HashAlgorithm.MD5,
    hashAlogorithm_1.HashAlgorithm['SHA-1'],
    hashAlogorithm_1.HashAlgorithm['SHA-256'],
    hashAlogorithm_1.HashAlgorithm['SHA-384'],
    hashAlogorithm_1.HashAlgorithm['SHA-512'],
    hashAlogorithm_1.HashAlgorithm['SHA3-256'],
    hashAlogorithm_1.HashAlgorithm['SHA3-384'],
    hashAlogorithm_1.HashAlgorithm['SHA3-512'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-256'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-384'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-512'],
    hashAlogorithm_1.HashAlgorithm.BLAKE3
], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
    externalReferenceType_1.ExternalReferenceType.VCS,
    externalReferenceType_1.ExternalReferenceType.IssueTracker,
    externalReferenceType_1.ExternalReferenceType.Website,
    externalReferenceType_1.ExternalReferenceType.Advisories,
    externalReferenceType_1.ExternalReferenceType.BOM,
    externalReferenceType_1.ExternalReferenceType.MailingList,
    externalReferenceType_1.ExternalReferenceType.Social,
    externalReferenceType_1.ExternalReferenceType.Chat,
    externalReferenceType_1.ExternalReferenceType.Documentation,
    externalReferenceType_1.ExternalReferenceType.Support,
    externalReferenceType_1.ExternalReferenceType.SourceDistribution,
    externalReferenceType_1.ExternalReferenceType.Distribution,
    externalReferenceType_1.ExternalReferenceType.DistributionIntake,
    externalReferenceType_1.ExternalReferenceType.License,
    externalReferenceType_1.ExternalReferenceType.BuildMeta,
    externalReferenceType_1.ExternalReferenceType.BuildSystem,
    externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
    externalReferenceType_1.ExternalReferenceType.SecurityContact,
    externalReferenceType_1.ExternalReferenceType.ModelCard,
    externalReferenceType_1.ExternalReferenceType.Log,
    externalReferenceType_1.ExternalReferenceType.Configuration,
    externalReferenceType_1.ExternalReferenceType.Evidence,
    externalReferenceType_1.ExternalReferenceType.Formulation,
    externalReferenceType_1.ExternalReferenceType.Attestation,
    externalReferenceType_1.ExternalReferenceType.ThreatModel,
    externalReferenceType_1.ExternalReferenceType.AdversaryModel,
    externalReferenceType_1.ExternalReferenceType.RiskAssessment,
    externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
    externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
    externalReferenceType_1.ExternalReferenceType.PentestReport,
    externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.MaturityReport,
    externalReferenceType_1.ExternalReferenceType.CertificationReport,
    externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
    externalReferenceType_1.ExternalReferenceType.QualityMetrics,
    externalReferenceType_1.ExternalReferenceType.POAM,
    externalReferenceType_1.ExternalReferenceType.ElectronicSignature,
    externalReferenceType_1.ExternalReferenceType.DigitalSignature,
    externalReferenceType_1.ExternalReferenceType.RFC9116,
    externalReferenceType_1.ExternalReferenceType.Other
], true, true, false, true, true, [
    ratingMethod_1.RatingMethod.CVSSv2,
    ratingMethod_1.RatingMethod.CVSSv3,
    ratingMethod_1.RatingMethod.CVSSv31,
    ratingMethod_1.RatingMethod.CVSSv4,
    ratingMethod_1.RatingMethod.OWASP,
    ratingMethod_1.RatingMethod.SSVC,
    ratingMethod_1.RatingMethod.Other
], true, true, true, true, true, true, true, true, true));
exports.Spec1dot7 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot7, [
    enums_1.Format.XML,
    enums_1.Format.JSON
], [
    componentType_1.ComponentType.Application,
    componentType_1.ComponentType.Framework,
    componentType_1.ComponentType.Library,
    componentType_1.ComponentType.Container,
    componentType_1.ComponentType.Platform,
    componentType_1.ComponentType.OperatingSystem,
    componentType_1.ComponentType.Device,
    componentType_1.ComponentType.DeviceDriver,
    componentType_1.ComponentType.Firmware,
    componentType_1.ComponentType.File,
    componentType_1.ComponentType.MachineLearningModel,
    componentType_1.ComponentType.Data,
    componentType_1.ComponentType.CryptographicAsset
], [
    hashAlogorithm_1.HashAlgorithm.MD5,
    hashAlogorithm_1.HashAlgorithm['SHA-1'],
    hashAlogorithm_1.HashAlgorithm['SHA-256'],
    hashAlogorithm_1.HashAlgorithm['SHA-384'],
    hashAlogorithm_1.HashAlgorithm['SHA-512'],
    hashAlogorithm_1.HashAlgorithm['SHA3-256'],
    hashAlogorithm_1.HashAlgorithm['SHA3-384'],
    hashAlogorithm_1.HashAlgorithm['SHA3-512'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-256'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-384'],
    hashAlogorithm_1.HashAlgorithm['BLAKE2b-512'],
    hashAlogorithm_1.HashAlgorithm.BLAKE3,
    hashAlogorithm_1.HashAlgorithm['Streebog-256'],
    hashAlogorithm_1.HashAlgorithm['Streebog-512'],
], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
    externalReferenceType_1.ExternalReferenceType.VCS,
    externalReferenceType_1.ExternalReferenceType.IssueTracker,
    externalReferenceType_1.ExternalReferenceType.Website,
    externalReferenceType_1.ExternalReferenceType.Advisories,
    externalReferenceType_1.ExternalReferenceType.BOM,
    externalReferenceType_1.ExternalReferenceType.MailingList,
    externalReferenceType_1.ExternalReferenceType.Social,
    externalReferenceType_1.ExternalReferenceType.Chat,
    externalReferenceType_1.ExternalReferenceType.Documentation,
    externalReferenceType_1.ExternalReferenceType.Support,
    externalReferenceType_1.ExternalReferenceType.SourceDistribution,
    externalReferenceType_1.ExternalReferenceType.Distribution,
    externalReferenceType_1.ExternalReferenceType.DistributionIntake,
    externalReferenceType_1.ExternalReferenceType.License,
    externalReferenceType_1.ExternalReferenceType.BuildMeta,
    externalReferenceType_1.ExternalReferenceType.BuildSystem,
    externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
    externalReferenceType_1.ExternalReferenceType.SecurityContact,
    externalReferenceType_1.ExternalReferenceType.ModelCard,
    externalReferenceType_1.ExternalReferenceType.Log,
    externalReferenceType_1.ExternalReferenceType.Configuration,
    externalReferenceType_1.ExternalReferenceType.Evidence,
    externalReferenceType_1.ExternalReferenceType.Formulation,
    externalReferenceType_1.ExternalReferenceType.Attestation,
    externalReferenceType_1.ExternalReferenceType.ThreatModel,
    externalReferenceType_1.ExternalReferenceType.AdversaryModel,
    externalReferenceType_1.ExternalReferenceType.RiskAssessment,
    externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
    externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
    externalReferenceType_1.ExternalReferenceType.PentestReport,
    externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
    externalReferenceType_1.ExternalReferenceType.MaturityReport,
    externalReferenceType_1.ExternalReferenceType.CertificationReport,
    externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
    externalReferenceType_1.ExternalReferenceType.QualityMetrics,
    externalReferenceType_1.ExternalReferenceType.POAM,
    externalReferenceType_1.ExternalReferenceType.ElectronicSignature,
    externalReferenceType_1.ExternalReferenceType.DigitalSignature,
    externalReferenceType_1.ExternalReferenceType.RFC9116,
    externalReferenceType_1.ExternalReferenceType.Citation,
    externalReferenceType_1.ExternalReferenceType.Patent,
    externalReferenceType_1.ExternalReferenceType.PatentAssertion,
    externalReferenceType_1.ExternalReferenceType.PatentFamily,
    externalReferenceType_1.ExternalReferenceType.RFC9116,
    externalReferenceType_1.ExternalReferenceType.Other
], true, true, false, true, true, [
    ratingMethod_1.RatingMethod.CVSSv2,
    ratingMethod_1.RatingMethod.CVSSv3,
    ratingMethod_1.RatingMethod.CVSSv31,
    ratingMethod_1.RatingMethod.CVSSv4,
    ratingMethod_1.RatingMethod.OWASP,
    ratingMethod_1.RatingMethod.SSVC,
    ratingMethod_1.RatingMethod.Other
], true, true, true, true, true, true, true, true, true));
exports.SpecVersionDict = Object.freeze({
    [enums_1.Version.v1dot7]: exports.Spec1dot7,
    [enums_1.Version.v1dot6]: exports.Spec1dot6,
    [enums_1.Version.v1dot5]: exports.Spec1dot5,
    [enums_1.Version.v1dot4]: exports.Spec1dot4,
    [enums_1.Version.v1dot3]: exports.Spec1dot3,
    [enums_1.Version.v1dot2]: exports.Spec1dot2
});
//# sourceMappingURL=consts.js.map

/***/ }),

/***/ 33671:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Format = exports.Version = void 0;
var Version;
(function (Version) {
    Version["v1dot7"] = "1.7";
    Version["v1dot6"] = "1.6";
    Version["v1dot5"] = "1.5";
    Version["v1dot4"] = "1.4";
    Version["v1dot3"] = "1.3";
    Version["v1dot2"] = "1.2";
    Version["v1dot1"] = "1.1";
    Version["v1dot0"] = "1.0";
})(Version || (exports.Version = Version = {}));
var Format;
(function (Format) {
    Format["XML"] = "xml";
    Format["JSON"] = "json";
})(Format || (exports.Format = Format = {}));
//# sourceMappingURL=enums.js.map

/***/ }),

/***/ 36134:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UnsupportedFormatError = void 0;
class UnsupportedFormatError extends Error {
}
exports.UnsupportedFormatError = UnsupportedFormatError;
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 94321:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__webpack_require__(64641), exports);
__exportStar(__webpack_require__(33671), exports);
__exportStar(__webpack_require__(36134), exports);
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 51013:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isCPE = isCPE;
const cpePattern = /^([c][pP][eE]:\/[AHOaho]?(:[A-Za-z0-9\._\-~%]*){0,6})$|^(cpe:2\.3:[aho\*\-](:(((\?*|\*?)([a-zA-Z0-9\-\._]|(\\[\\\*\?!"#$$%&'\(\)\+,\/:;<=>@\[\]\^`\{\|}~]))+(\?*|\*?))|[\*\-])){5}(:(([a-zA-Z]{2,3}(-([a-zA-Z]{2}|[0-9]{3}))?)|[\*\-]))(:(((\?*|\*?)([a-zA-Z0-9\-\._]|(\\[\\\*\?!"#$$%&'\(\)\+,\/:;<=>@\[\]\^`\{\|}~]))+(\?*|\*?))|[\*\-])){4})$/;
function isCPE(value) {
    return typeof value === 'string' &&
        cpePattern.test(value);
}
//# sourceMappingURL=cpe.js.map

/***/ }),

/***/ 43198:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CweRepository = void 0;
exports.isCWE = isCWE;
const sortable_1 = __webpack_require__(40094);
const integer_1 = __webpack_require__(36181);
function isCWE(value) {
    return (0, integer_1.isPositiveInteger)(value);
}
class CweRepository extends sortable_1.SortableNumbers {
}
exports.CweRepository = CweRepository;
//# sourceMappingURL=cwe.js.map

/***/ }),

/***/ 36181:
/***/ ((__unused_webpack_module, exports) => {


/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isInteger = isInteger;
exports.isNonNegativeInteger = isNonNegativeInteger;
exports.isPositiveInteger = isPositiveInteger;
function isInteger(value) {
    return Number.isInteger(value);
}
function isNonNegativeInteger(value) {
    return isInteger(value) &&
        value >= 0;
}
function isPositiveInteger(value) {
    return isInteger(value) &&
        value > 0;
}
//# sourceMappingURL=integer.js.map

/***/ }),

/***/ 52094:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://cyclonedx.org/schema/spdx.schema.json","$comment":"v1.1-3.29.0","type":"string","enum":["0BSD","3D-Slicer-1.0","AAL","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","ADSL","Advanced-Cryptics-Dictionary","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","Afmparse","AGPL-1.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0","AGPL-3.0-only","AGPL-3.0-or-later","Aladdin","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","any-OSI","any-OSI-perl-modules","Apache-1.0","Apache-1.1","Apache-2.0","APAFML","APL-1.0","App-s2p","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","Arphic-1999","Artistic-1.0","Artistic-1.0-cl8","Artistic-1.0-Perl","Artistic-2.0","Artistic-dist","Aspell-RU","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","atc-game","Baekmuk","Bahyph","Barr","bcrypt-Solar-Designer","Beerware","Bitstream-Charter","Bitstream-Vera","BitTorrent-1.0","BitTorrent-1.1","blessing","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","BOLA-1.1","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-first-lines","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","BSD-2-Clause-Patent","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-2-Clause-Views","BSD-3-Clause","BSD-3-Clause-acpica","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-flex","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-ask-to-endorse","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Systemics","BSD-Systemics-W3Works","BSL-1.0","Buddy","Bugroff","BUSL-1.1","bzip2-1.0.5","bzip2-1.0.6","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","Caldera","Caldera-no-preamble","CAPEC-tou","Catharon","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","check-cvs","checkmk","ClArtistic","Clips","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","Community-Spec-1.0","Condor-1.1","copyleft-next-0.3.0","copyleft-next-0.3.1","Cornell-Lossless-JPEG","CPAL-1.0","CPL-1.0","CPOL-1.02","Cronyx","Crossword","CryptoSwift","CrystalStacker","CUA-OPL-1.0","Cube","curl","cve-tou","D-FSL-1.0","DEC-3-Clause","diffmark","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","DRL-1.0","DRL-1.1","DSDP","dtoa","dvipdfm","ECL-1.0","ECL-2.0","eCos-2.0","EFL-1.0","EFL-2.0","eGenix","Elastic-2.0","Entessa","EPICS","EPL-1.0","EPL-2.0","ErlPL-1.1","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","etalab-2.0","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Eurosym","Fair","FBM","FDK-AAC","FDK-MPEG-H","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Furuseth","fwlw","Game-Programming-Gems","GCR-docs","GD","generic-xts","GFDL-1.1","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","Giftware","GL2PS","Glide","Glulxe","GLWTPL","gnuplot","GPL-1.0","GPL-1.0+","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0","GPL-2.0+","GPL-2.0-only","GPL-2.0-or-later","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-2.0-with-GCC-exception","GPL-3.0","GPL-3.0+","GPL-3.0-only","GPL-3.0-or-later","GPL-3.0-with-autoconf-exception","GPL-3.0-with-GCC-exception","Graphics-Gems","gSOAP-1.3b","gtkbook","Gutmann","HaskellReport","HDF5","hdparm","HIDAPI","Hippocratic-2.1","Hippocratic-3.0-core","HP-1986","HP-1989","HPND","HPND-DEC","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-Markus-Kuhn","HPND-merchantability-variant","HPND-MIT-disclaimer","HPND-Netrek","HPND-Pbmplus","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-critical-systems","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-SMC","HPND-UC","HPND-UC-export-US","HTMLTIDY","hyphen-bulgarian","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","ImageMagick","iMatix","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","Jam","JasPer-2.0","jove","JPL-image","JPNIC","JSON","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","Latex2e","Latex2e-translated-notice","Leptonica","LGPL-2.0","LGPL-2.0+","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1","LGPL-2.1+","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0","LGPL-3.0+","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","Libpng","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Linux-OpenIB","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","lsof","Lucida-Bitmap-Fonts","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","magaz","mailprio","MakeIndex","man2html","Martin-Birgmeier","McPhee-slideshow","metamail","Minpack","MIPS","MirOS","MIT","MIT-0","MIT-advertising","MIT-Click","MIT-CMU","MIT-enna","MIT-feh","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-open-group","MIT-STK","MIT-testregex","MIT-Wu","MITNFA","MMIXware","MMPL-1.0.1","Motosoto","MPEG-SSG","mpi-permissive","mpich2","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","mplus","MS-LPL","MS-PL","MS-RL","MTLL","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","MVT-1.1","NAIST-2003","NASA-1.3","Naumen","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","Net-SNMP","NetCDF","Newsletr","NGPL","ngrep","NICTA-1.0","NIST-PD","NIST-PD-fallback","NIST-PD-TNT","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","Nokia","NOSL","Noweb","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Nunit","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODbL-1.0","ODC-By-1.0","OFFIS","OFL-1.0","OFL-1.0-no-RFN","OFL-1.0-RFN","OFL-1.1","OFL-1.1-no-RFN","OFL-1.1-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","PADL","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","PDDL-1.0","PHP-3.0","PHP-3.01","Pixar","pkgconf","Plexus","pnmstitch","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","PPL","PSF-2.0","psfrag","psutils","Python-2.0","Python-2.0.1","python-ldap","Qhull","QPL-1.0","QPL-1.0-INRIA-2004","radvd","Rdisc","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","Saxpath","SCEA","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SimPL-2.0","SISSL","SISSL-1.2","SL","Sleepycat","SMAIL-GPL","SMLNJ","SMPPL","SNIA","snprintf","SOFA","softSurfer","Soundex","Spencer-86","Spencer-94","Spencer-99","SPL-1.0","ssh-keyscan","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","StandardML-NJ","SugarCRM-1.1.3","SUL-1.0","Sun-PPP","Sun-PPP-2000","SunPro","SWL","swrule","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TekHVC","TermReadKey","TGPPL-1.0","ThirdEye","threeparttable","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TrustedQSL","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","Ubuntu-font-1.0","UCAR","UCL-1.0","ulem","UMich-Merit","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","UnRAR","UPL-1.0","URT-RLE","Vim","Vixie-Cron","VOSTROM","VSL-1.0","W3C","W3C-19980720","W3C-20150513","w3m","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","WTFNMFPL","WTFPL","wwl","wxWindows","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","Xdebug-1.03","Xerox","Xfig","XFree86-1.1","xinetd","xkeyboard-config-Zinoviev","xlock","Xnet","xpp","XSkat","xzoom","YPL-1.0","YPL-1.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","zlib-acknowledgement","ZPL-1.1","ZPL-2.0","ZPL-2.1","389-exception","Asterisk-exception","Asterisk-linking-protocols-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","CGAL-linking-exception","Classpath-exception-2.0","Classpath-exception-2.0-short","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","Digia-Qt-LGPL-exception-1.1","DigiRule-FOSS-exception","eCos-exception-2.0","erlang-otp-linking-exception","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","Google-Patent-WebM","GPL-3.0-389-ds-base-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","harbour-exception","i2p-gpl-java-exception","Independent-modules-exception","KiCad-libraries-exception","kvirc-openssl-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","mxml-exception","Nokia-Qt-exception-1.1","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PCRE2-exception","polyparse-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","romic-exception","RRDtool-FLOSS-exception-2.0","rsync-linking-exception","SANE-exception","SHL-2.0","SHL-2.1","Simple-Library-Usage-exception","Spelling-Provider-LGPL-exception","sqlitestudio-OpenSSL-exception","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"],"meta:enum":{"0BSD":"BSD Zero Clause License","3D-Slicer-1.0":"3D Slicer License v1.0","AAL":"Attribution Assurance License","Abstyles":"Abstyles License","AdaCore-doc":"AdaCore Doc License","Adobe-2006":"Adobe Systems Incorporated Source Code License Agreement","Adobe-Display-PostScript":"Adobe Display PostScript License","Adobe-Glyph":"Adobe Glyph List License","Adobe-Utopia":"Adobe Utopia Font License","ADSL":"Amazon Digital Services License","Advanced-Cryptics-Dictionary":"Advanced Cryptics Dictionary License","AFL-1.1":"Academic Free License v1.1","AFL-1.2":"Academic Free License v1.2","AFL-2.0":"Academic Free License v2.0","AFL-2.1":"Academic Free License v2.1","AFL-3.0":"Academic Free License v3.0","Afmparse":"Afmparse License","AGPL-1.0":"Affero General Public License v1.0","AGPL-1.0-only":"Affero General Public License v1.0 only","AGPL-1.0-or-later":"Affero General Public License v1.0 or later","AGPL-3.0":"GNU Affero General Public License v3.0","AGPL-3.0-only":"GNU Affero General Public License v3.0 only","AGPL-3.0-or-later":"GNU Affero General Public License v3.0 or later","Aladdin":"Aladdin Free Public License","ALGLIB-Documentation":"ALGLIB Documentation License","AMD-newlib":"AMD newlib License","AMDPLPA":"AMD\'s plpa_map.c License","AML":"Apple MIT License","AML-glslang":"AML glslang variant License","AMPAS":"Academy of Motion Picture Arts and Sciences BSD","ANTLR-PD":"ANTLR Software Rights Notice","ANTLR-PD-fallback":"ANTLR Software Rights Notice with license fallback","any-OSI":"Any OSI License","any-OSI-perl-modules":"Any OSI License - Perl Modules","Apache-1.0":"Apache License 1.0","Apache-1.1":"Apache License 1.1","Apache-2.0":"Apache License 2.0","APAFML":"Adobe Postscript AFM License","APL-1.0":"Adaptive Public License 1.0","App-s2p":"App::s2p License","APSL-1.0":"Apple Public Source License 1.0","APSL-1.1":"Apple Public Source License 1.1","APSL-1.2":"Apple Public Source License 1.2","APSL-2.0":"Apple Public Source License 2.0","Arphic-1999":"Arphic Public License","Artistic-1.0":"Artistic License 1.0","Artistic-1.0-cl8":"Artistic License 1.0 w/clause 8","Artistic-1.0-Perl":"Artistic License 1.0 (Perl)","Artistic-2.0":"Artistic License 2.0","Artistic-dist":"Artistic License 1.0 (dist)","Aspell-RU":"Aspell Russian License","ASWF-Digital-Assets-1.0":"ASWF Digital Assets License version 1.0","ASWF-Digital-Assets-1.1":"ASWF Digital Assets License 1.1","atc-game":"atc Game License","Baekmuk":"Baekmuk License","Bahyph":"Bahyph License","Barr":"Barr License","bcrypt-Solar-Designer":"bcrypt Solar Designer License","Beerware":"Beerware License","Bitstream-Charter":"Bitstream Charter Font License","Bitstream-Vera":"Bitstream Vera Font License","BitTorrent-1.0":"BitTorrent Open Source License v1.0","BitTorrent-1.1":"BitTorrent Open Source License v1.1","blessing":"SQLite Blessing","BlueOak-1.0.0":"Blue Oak Model License 1.0.0","Boehm-GC":"Boehm-Demers-Weiser GC License","Boehm-GC-without-fee":"Boehm-Demers-Weiser GC License (without fee)","BOLA-1.1":"Buena Onda License Agreement v1.1","Borceux":"Borceux license","Brian-Gladman-2-Clause":"Brian Gladman 2-Clause License","Brian-Gladman-3-Clause":"Brian Gladman 3-Clause License","Brian-Gladman-3-Clause-no-conversion":"Brian Gladman 3-Clause License (no conversion clause)","BSD-1-Clause":"BSD 1-Clause License","BSD-2-Clause":"BSD 2-Clause \\"Simplified\\" License","BSD-2-Clause-Darwin":"BSD 2-Clause - Ian Darwin variant","BSD-2-Clause-first-lines":"BSD 2-Clause - first lines requirement","BSD-2-Clause-FreeBSD":"BSD 2-Clause FreeBSD License","BSD-2-Clause-NetBSD":"BSD 2-Clause NetBSD License","BSD-2-Clause-Patent":"BSD-2-Clause Plus Patent License","BSD-2-Clause-pkgconf-disclaimer":"BSD 2-Clause pkgconf disclaimer variant","BSD-2-Clause-pos-unchanged":"BSD 2-Clause - position unchanged variant","BSD-2-Clause-Views":"BSD 2-Clause with views sentence","BSD-3-Clause":"BSD 3-Clause \\"New\\" or \\"Revised\\" License","BSD-3-Clause-acpica":"BSD 3-Clause acpica variant","BSD-3-Clause-Attribution":"BSD with attribution","BSD-3-Clause-Clear":"BSD 3-Clause Clear License","BSD-3-Clause-flex":"BSD 3-Clause Flex variant","BSD-3-Clause-HP":"Hewlett-Packard BSD variant license","BSD-3-Clause-LBNL":"Lawrence Berkeley National Labs BSD variant license","BSD-3-Clause-Modification":"BSD 3-Clause Modification","BSD-3-Clause-No-Military-License":"BSD 3-Clause No Military License","BSD-3-Clause-No-Nuclear-License":"BSD 3-Clause No Nuclear License","BSD-3-Clause-No-Nuclear-License-2014":"BSD 3-Clause No Nuclear License 2014","BSD-3-Clause-No-Nuclear-Warranty":"BSD 3-Clause No Nuclear Warranty","BSD-3-Clause-Open-MPI":"BSD 3-Clause Open MPI variant","BSD-3-Clause-OpenWebUI":"BSD 3-Clause - OpenWebUI variant","BSD-3-Clause-Sun":"BSD 3-Clause Sun Microsystems","BSD-3-Clause-Tso":"BSD 3-Clause Tso variant","BSD-4-Clause":"BSD 4-Clause \\"Original\\" or \\"Old\\" License","BSD-4-Clause-Shortened":"BSD 4 Clause Shortened","BSD-4-Clause-UC":"BSD-4-Clause (University of California-Specific)","BSD-4.3RENO":"BSD 4.3 RENO License","BSD-4.3TAHOE":"BSD 4.3 TAHOE License","BSD-Advertising-Acknowledgement":"BSD Advertising Acknowledgement License","BSD-ask-to-endorse":"BSD - ask to endorse","BSD-Attribution-HPND-disclaimer":"BSD with Attribution and HPND disclaimer","BSD-Inferno-Nettverk":"BSD-Inferno-Nettverk","BSD-Mark-Modifications":"BSD Mark Modifications License","BSD-Protection":"BSD Protection License","BSD-Source-alt-GPL":"BSD Source Code Attribution - GPL alternative","BSD-Source-beginning-file":"BSD Source Code Attribution - beginning of file variant","BSD-Source-Code":"BSD Source Code Attribution","BSD-Source-Code-no-disclaimer":"BSD Source Code Attribution - no disclaimer","BSD-Systemics":"Systemics BSD variant license","BSD-Systemics-W3Works":"Systemics W3Works BSD variant license","BSL-1.0":"Boost Software License 1.0","Buddy":"Buddy License","Bugroff":"Bugroff License","BUSL-1.1":"Business Source License 1.1","bzip2-1.0.5":"bzip2 and libbzip2 License v1.0.5","bzip2-1.0.6":"bzip2 and libbzip2 License v1.0.6","C-UDA-1.0":"Computational Use of Data Agreement v1.0","CAL-1.0":"Cryptographic Autonomy License 1.0","CAL-1.0-Combined-Work-Exception":"Cryptographic Autonomy License 1.0 (Combined Work Exception)","Caldera":"Caldera License","Caldera-no-preamble":"Caldera License (without preamble)","CAPEC-tou":"Common Attack    Pattern Enumeration and Classification License","Catharon":"Catharon License","CATOSL-1.1":"Computer Associates Trusted Open Source License 1.1","CC-BY-1.0":"Creative Commons Attribution 1.0 Generic","CC-BY-2.0":"Creative Commons Attribution 2.0 Generic","CC-BY-2.5":"Creative Commons Attribution 2.5 Generic","CC-BY-2.5-AU":"Creative Commons Attribution 2.5 Australia","CC-BY-3.0":"Creative Commons Attribution 3.0 Unported","CC-BY-3.0-AT":"Creative Commons Attribution 3.0 Austria","CC-BY-3.0-AU":"Creative Commons Attribution 3.0 Australia","CC-BY-3.0-DE":"Creative Commons Attribution 3.0 Germany","CC-BY-3.0-IGO":"Creative Commons Attribution 3.0 IGO","CC-BY-3.0-NL":"Creative Commons Attribution 3.0 Netherlands","CC-BY-3.0-US":"Creative Commons Attribution 3.0 United States","CC-BY-4.0":"Creative Commons Attribution 4.0 International","CC-BY-NC-1.0":"Creative Commons Attribution Non Commercial 1.0 Generic","CC-BY-NC-2.0":"Creative Commons Attribution Non Commercial 2.0 Generic","CC-BY-NC-2.5":"Creative Commons Attribution Non Commercial 2.5 Generic","CC-BY-NC-3.0":"Creative Commons Attribution Non Commercial 3.0 Unported","CC-BY-NC-3.0-DE":"Creative Commons Attribution Non Commercial 3.0 Germany","CC-BY-NC-3.0-IGO":"Creative Commons Attribution Non Commercial 3.0 IGO","CC-BY-NC-4.0":"Creative Commons Attribution Non Commercial 4.0 International","CC-BY-NC-ND-1.0":"Creative Commons Attribution Non Commercial No Derivatives 1.0 Generic","CC-BY-NC-ND-2.0":"Creative Commons Attribution Non Commercial No Derivatives 2.0 Generic","CC-BY-NC-ND-2.5":"Creative Commons Attribution Non Commercial No Derivatives 2.5 Generic","CC-BY-NC-ND-3.0":"Creative Commons Attribution Non Commercial No Derivatives 3.0 Unported","CC-BY-NC-ND-3.0-DE":"Creative Commons Attribution Non Commercial No Derivatives 3.0 Germany","CC-BY-NC-ND-3.0-IGO":"Creative Commons Attribution Non Commercial No Derivatives 3.0 IGO","CC-BY-NC-ND-4.0":"Creative Commons Attribution Non Commercial No Derivatives 4.0 International","CC-BY-NC-SA-1.0":"Creative Commons Attribution Non Commercial Share Alike 1.0 Generic","CC-BY-NC-SA-2.0":"Creative Commons Attribution Non Commercial Share Alike 2.0 Generic","CC-BY-NC-SA-2.0-DE":"Creative Commons Attribution Non Commercial Share Alike 2.0 Germany","CC-BY-NC-SA-2.0-FR":"Creative Commons Attribution-NonCommercial-ShareAlike 2.0 France","CC-BY-NC-SA-2.0-UK":"Creative Commons Attribution Non Commercial Share Alike 2.0 England and Wales","CC-BY-NC-SA-2.5":"Creative Commons Attribution Non Commercial Share Alike 2.5 Generic","CC-BY-NC-SA-3.0":"Creative Commons Attribution Non Commercial Share Alike 3.0 Unported","CC-BY-NC-SA-3.0-DE":"Creative Commons Attribution Non Commercial Share Alike 3.0 Germany","CC-BY-NC-SA-3.0-IGO":"Creative Commons Attribution Non Commercial Share Alike 3.0 IGO","CC-BY-NC-SA-4.0":"Creative Commons Attribution Non Commercial Share Alike 4.0 International","CC-BY-ND-1.0":"Creative Commons Attribution No Derivatives 1.0 Generic","CC-BY-ND-2.0":"Creative Commons Attribution No Derivatives 2.0 Generic","CC-BY-ND-2.5":"Creative Commons Attribution No Derivatives 2.5 Generic","CC-BY-ND-3.0":"Creative Commons Attribution No Derivatives 3.0 Unported","CC-BY-ND-3.0-DE":"Creative Commons Attribution No Derivatives 3.0 Germany","CC-BY-ND-4.0":"Creative Commons Attribution No Derivatives 4.0 International","CC-BY-SA-1.0":"Creative Commons Attribution Share Alike 1.0 Generic","CC-BY-SA-2.0":"Creative Commons Attribution Share Alike 2.0 Generic","CC-BY-SA-2.0-UK":"Creative Commons Attribution Share Alike 2.0 England and Wales","CC-BY-SA-2.1-JP":"Creative Commons Attribution Share Alike 2.1 Japan","CC-BY-SA-2.5":"Creative Commons Attribution Share Alike 2.5 Generic","CC-BY-SA-3.0":"Creative Commons Attribution Share Alike 3.0 Unported","CC-BY-SA-3.0-AT":"Creative Commons Attribution Share Alike 3.0 Austria","CC-BY-SA-3.0-DE":"Creative Commons Attribution Share Alike 3.0 Germany","CC-BY-SA-3.0-IGO":"Creative Commons Attribution-ShareAlike 3.0 IGO","CC-BY-SA-4.0":"Creative Commons Attribution Share Alike 4.0 International","CC-PDDC":"Creative Commons Public Domain Dedication and Certification","CC-PDM-1.0":"Creative    Commons Public Domain Mark 1.0 Universal","CC-SA-1.0":"Creative Commons Share Alike 1.0 Generic","CC0-1.0":"Creative Commons Zero v1.0 Universal","CDDL-1.0":"Common Development and Distribution License 1.0","CDDL-1.1":"Common Development and Distribution License 1.1","CDL-1.0":"Common Documentation License 1.0","CDLA-Permissive-1.0":"Community Data License Agreement Permissive 1.0","CDLA-Permissive-2.0":"Community Data License Agreement Permissive 2.0","CDLA-Sharing-1.0":"Community Data License Agreement Sharing 1.0","CECILL-1.0":"CeCILL Free Software License Agreement v1.0","CECILL-1.1":"CeCILL Free Software License Agreement v1.1","CECILL-2.0":"CeCILL Free Software License Agreement v2.0","CECILL-2.1":"CeCILL Free Software License Agreement v2.1","CECILL-B":"CeCILL-B Free Software License Agreement","CECILL-C":"CeCILL-C Free Software License Agreement","CERN-OHL-1.1":"CERN Open Hardware Licence v1.1","CERN-OHL-1.2":"CERN Open Hardware Licence v1.2","CERN-OHL-P-2.0":"CERN Open Hardware Licence Version 2 - Permissive","CERN-OHL-S-2.0":"CERN Open Hardware Licence Version 2 - Strongly Reciprocal","CERN-OHL-W-2.0":"CERN Open Hardware Licence Version 2 - Weakly Reciprocal","CFITSIO":"CFITSIO License","check-cvs":"check-cvs License","checkmk":"Checkmk License","ClArtistic":"Clarified Artistic License","Clips":"Clips License","CMU-Mach":"CMU Mach License","CMU-Mach-nodoc":"CMU    Mach - no notices-in-documentation variant","CNRI-Jython":"CNRI Jython License","CNRI-Python":"CNRI Python License","CNRI-Python-GPL-Compatible":"CNRI Python Open Source GPL Compatible License Agreement","COIL-1.0":"Copyfree Open Innovation License","Community-Spec-1.0":"Community Specification License 1.0","Condor-1.1":"Condor Public License v1.1","copyleft-next-0.3.0":"copyleft-next 0.3.0","copyleft-next-0.3.1":"copyleft-next 0.3.1","Cornell-Lossless-JPEG":"Cornell Lossless JPEG License","CPAL-1.0":"Common Public Attribution License 1.0","CPL-1.0":"Common Public License 1.0","CPOL-1.02":"Code Project Open License 1.02","Cronyx":"Cronyx License","Crossword":"Crossword License","CryptoSwift":"CryptoSwift License","CrystalStacker":"CrystalStacker License","CUA-OPL-1.0":"CUA Office Public License v1.0","Cube":"Cube License","curl":"curl License","cve-tou":"Common Vulnerability Enumeration ToU License","D-FSL-1.0":"Deutsche Freie Software Lizenz","DEC-3-Clause":"DEC 3-Clause License","diffmark":"diffmark license","DL-DE-BY-2.0":"Data licence Germany – attribution – version 2.0","DL-DE-ZERO-2.0":"Data licence Germany – zero – version 2.0","DOC":"DOC License","DocBook-DTD":"DocBook DTD License","DocBook-Schema":"DocBook Schema License","DocBook-Stylesheet":"DocBook Stylesheet License","DocBook-XML":"DocBook XML License","Dotseqn":"Dotseqn License","DRL-1.0":"Detection Rule License 1.0","DRL-1.1":"Detection Rule License 1.1","DSDP":"DSDP License","dtoa":"David M. Gay dtoa License","dvipdfm":"dvipdfm License","ECL-1.0":"Educational Community License v1.0","ECL-2.0":"Educational Community License v2.0","eCos-2.0":"eCos license version 2.0","EFL-1.0":"Eiffel Forum License v1.0","EFL-2.0":"Eiffel Forum License v2.0","eGenix":"eGenix.com Public License 1.1.0","Elastic-2.0":"Elastic License 2.0","Entessa":"Entessa Public License v1.0","EPICS":"EPICS Open License","EPL-1.0":"Eclipse Public License 1.0","EPL-2.0":"Eclipse Public License 2.0","ErlPL-1.1":"Erlang Public License v1.1","ESA-PL-permissive-2.4":"European Space Agency Public License – v2.4 – Permissive (Type 3)","ESA-PL-strong-copyleft-2.4":"European Space Agency Public License (ESA-PL) - V2.4 - Strong Copyleft (Type 1)","ESA-PL-weak-copyleft-2.4":"European Space Agency Public License – v2.4 – Weak Copyleft (Type 2)","etalab-2.0":"Etalab Open License 2.0","EUDatagrid":"EU DataGrid Software License","EUPL-1.0":"European Union Public License 1.0","EUPL-1.1":"European Union Public License 1.1","EUPL-1.2":"European Union Public License 1.2","Eurosym":"Eurosym License","Fair":"Fair License","FBM":"Fuzzy Bitmap License","FDK-AAC":"Fraunhofer FDK AAC Codec Library","FDK-MPEG-H":"Fraunhofer FDK MPEG-H Software","Ferguson-Twofish":"Ferguson Twofish License","Frameworx-1.0":"Frameworx Open License 1.0","FreeBSD-DOC":"FreeBSD Documentation License","FreeImage":"FreeImage Public License v1.0","FSFAP":"FSF All Permissive License","FSFAP-no-warranty-disclaimer":"FSF All Permissive License (without Warranty)","FSFUL":"FSF Unlimited License","FSFULLR":"FSF Unlimited License (with License Retention)","FSFULLRSD":"FSF Unlimited License (with License Retention and Short Disclaimer)","FSFULLRWD":"FSF Unlimited License (With License Retention and Warranty Disclaimer)","FSL-1.1-ALv2":"Functional Source License, Version 1.1, ALv2 Future License","FSL-1.1-MIT":"Functional Source License, Version 1.1, MIT Future License","FTL":"Freetype Project License","Furuseth":"Furuseth License","fwlw":"fwlw License","Game-Programming-Gems":"Game Programming Gems License","GCR-docs":"Gnome GCR Documentation License","GD":"GD License","generic-xts":"Generic XTS License","GFDL-1.1":"GNU Free Documentation License v1.1","GFDL-1.1-invariants-only":"GNU Free Documentation License v1.1 only - invariants","GFDL-1.1-invariants-or-later":"GNU Free Documentation License v1.1 or later - invariants","GFDL-1.1-no-invariants-only":"GNU Free Documentation License v1.1 only - no invariants","GFDL-1.1-no-invariants-or-later":"GNU Free Documentation License v1.1 or later - no invariants","GFDL-1.1-only":"GNU Free Documentation License v1.1 only","GFDL-1.1-or-later":"GNU Free Documentation License v1.1 or later","GFDL-1.2":"GNU Free Documentation License v1.2","GFDL-1.2-invariants-only":"GNU Free Documentation License v1.2 only - invariants","GFDL-1.2-invariants-or-later":"GNU Free Documentation License v1.2 or later - invariants","GFDL-1.2-no-invariants-only":"GNU Free Documentation License v1.2 only - no invariants","GFDL-1.2-no-invariants-or-later":"GNU Free Documentation License v1.2 or later - no invariants","GFDL-1.2-only":"GNU Free Documentation License v1.2 only","GFDL-1.2-or-later":"GNU Free Documentation License v1.2 or later","GFDL-1.3":"GNU Free Documentation License v1.3","GFDL-1.3-invariants-only":"GNU Free Documentation License v1.3 only - invariants","GFDL-1.3-invariants-or-later":"GNU Free Documentation License v1.3 or later - invariants","GFDL-1.3-no-invariants-only":"GNU Free Documentation License v1.3 only - no invariants","GFDL-1.3-no-invariants-or-later":"GNU Free Documentation License v1.3 or later - no invariants","GFDL-1.3-only":"GNU Free Documentation License v1.3 only","GFDL-1.3-or-later":"GNU Free Documentation License v1.3 or later","Giftware":"Giftware License","GL2PS":"GL2PS License","Glide":"3dfx Glide License","Glulxe":"Glulxe License","GLWTPL":"Good Luck With That Public License","gnuplot":"gnuplot License","GPL-1.0":"GNU General Public License v1.0 only","GPL-1.0+":"GNU General Public License v1.0 or later","GPL-1.0-only":"GNU General Public License v1.0 only","GPL-1.0-or-later":"GNU General Public License v1.0 or later","GPL-2.0":"GNU General Public License v2.0 only","GPL-2.0+":"GNU General Public License v2.0 or later","GPL-2.0-only":"GNU General Public License v2.0 only","GPL-2.0-or-later":"GNU General Public License v2.0 or later","GPL-2.0-with-autoconf-exception":"GNU General Public License v2.0 w/Autoconf exception","GPL-2.0-with-bison-exception":"GNU General Public License v2.0 w/Bison exception","GPL-2.0-with-classpath-exception":"GNU General Public License v2.0 w/Classpath exception","GPL-2.0-with-font-exception":"GNU General Public License v2.0 w/Font exception","GPL-2.0-with-GCC-exception":"GNU General Public License v2.0 w/GCC Runtime Library exception","GPL-3.0":"GNU General Public License v3.0 only","GPL-3.0+":"GNU General Public License v3.0 or later","GPL-3.0-only":"GNU General Public License v3.0 only","GPL-3.0-or-later":"GNU General Public License v3.0 or later","GPL-3.0-with-autoconf-exception":"GNU General Public License v3.0 w/Autoconf exception","GPL-3.0-with-GCC-exception":"GNU General Public License v3.0 w/GCC Runtime Library exception","Graphics-Gems":"Graphics Gems License","gSOAP-1.3b":"gSOAP Public License v1.3b","gtkbook":"gtkbook License","Gutmann":"Gutmann License","HaskellReport":"Haskell Language Report License","HDF5":"HDF5 License","hdparm":"hdparm License","HIDAPI":"HIDAPI License","Hippocratic-2.1":"Hippocratic License 2.1","Hippocratic-3.0-core":"Hippocratic License 3.0","HP-1986":"Hewlett-Packard 1986 License","HP-1989":"Hewlett-Packard 1989 License","HPND":"Historical Permission Notice and Disclaimer","HPND-DEC":"Historical Permission Notice and Disclaimer - DEC variant","HPND-doc":"Historical Permission Notice and Disclaimer - documentation variant","HPND-doc-sell":"Historical Permission Notice and Disclaimer - documentation sell variant","HPND-export-US":"HPND with US Government export control warning","HPND-export-US-acknowledgement":"HPND with US Government export control warning and acknowledgment","HPND-export-US-modify":"HPND with US Government export control warning and modification rqmt","HPND-export2-US":"HPND with US Government export control and 2 disclaimers","HPND-Fenneberg-Livingston":"Historical Permission Notice and Disclaimer - Fenneberg-Livingston variant","HPND-INRIA-IMAG":"Historical Permission Notice and Disclaimer    - INRIA-IMAG variant","HPND-Intel":"Historical Permission Notice and Disclaimer - Intel variant","HPND-Kevlin-Henney":"Historical Permission Notice and Disclaimer - Kevlin Henney variant","HPND-Markus-Kuhn":"Historical Permission Notice and Disclaimer - Markus Kuhn variant","HPND-merchantability-variant":"Historical Permission Notice and Disclaimer - merchantability variant","HPND-MIT-disclaimer":"Historical Permission Notice and Disclaimer with MIT disclaimer","HPND-Netrek":"Historical Permission Notice and Disclaimer - Netrek variant","HPND-Pbmplus":"Historical Permission Notice and Disclaimer - Pbmplus variant","HPND-sell-MIT-disclaimer-xserver":"Historical Permission Notice and Disclaimer - sell xserver variant with MIT disclaimer","HPND-sell-regexpr":"Historical Permission Notice and Disclaimer - sell regexpr variant","HPND-sell-variant":"Historical Permission Notice and Disclaimer - sell variant","HPND-sell-variant-critical-systems":"HPND - sell variant with safety critical systems clause","HPND-sell-variant-MIT-disclaimer":"HPND sell variant with MIT disclaimer","HPND-sell-variant-MIT-disclaimer-rev":"HPND sell variant with MIT disclaimer - reverse","HPND-SMC":"Historical Permission Notice and Disclaimer - SMC variant","HPND-UC":"Historical Permission Notice and Disclaimer - University of California variant","HPND-UC-export-US":"Historical Permission Notice and Disclaimer - University of California, US export warning","HTMLTIDY":"HTML Tidy License","hyphen-bulgarian":"hyphen-bulgarian License","IBM-pibs":"IBM PowerPC Initialization and Boot Software","ICU":"ICU License","IEC-Code-Components-EULA":"IEC    Code Components End-user licence agreement","IJG":"Independent JPEG Group License","IJG-short":"Independent JPEG Group License - short","ImageMagick":"ImageMagick License","iMatix":"iMatix Standard Function Library Agreement","Imlib2":"Imlib2 License","Info-ZIP":"Info-ZIP License","Informatica":"Informatica License","Inner-Net-2.0":"Inner Net License v2.0","InnoSetup":"Inno Setup License","Intel":"Intel Open Source License","Intel-ACPI":"Intel ACPI Software License Agreement","Interbase-1.0":"Interbase Public License v1.0","IPA":"IPA Font License","IPL-1.0":"IBM Public License v1.0","ISC":"ISC License","ISC-Veillard":"ISC Veillard variant","ISO-permission":"ISO permission notice","Jam":"Jam License","JasPer-2.0":"JasPer License","jove":"Jove License","JPL-image":"JPL Image Use Policy","JPNIC":"Japan Network Information Center License","JSON":"JSON License","Kastrup":"Kastrup License","Kazlib":"Kazlib License","Knuth-CTAN":"Knuth CTAN License","LAL-1.2":"Licence Art Libre 1.2","LAL-1.3":"Licence Art Libre 1.3","Latex2e":"Latex2e License","Latex2e-translated-notice":"Latex2e with translated notice permission","Leptonica":"Leptonica License","LGPL-2.0":"GNU Library General Public License v2 only","LGPL-2.0+":"GNU Library General Public License v2 or later","LGPL-2.0-only":"GNU Library General Public License v2 only","LGPL-2.0-or-later":"GNU Library General Public License v2 or later","LGPL-2.1":"GNU Lesser General Public License v2.1 only","LGPL-2.1+":"GNU Lesser General Public License v2.1 or later","LGPL-2.1-only":"GNU Lesser General Public License v2.1 only","LGPL-2.1-or-later":"GNU Lesser General Public License v2.1 or later","LGPL-3.0":"GNU Lesser General Public License v3.0 only","LGPL-3.0+":"GNU Lesser General Public License v3.0 or later","LGPL-3.0-only":"GNU Lesser General Public License v3.0 only","LGPL-3.0-or-later":"GNU Lesser General Public License v3.0 or later","LGPLLR":"Lesser General Public License For Linguistic Resources","Libpng":"libpng License","libpng-1.6.35":"PNG Reference Library License v1 (for libpng 0.5 through 1.6.35)","libpng-2.0":"PNG Reference Library version 2","libselinux-1.0":"libselinux public domain notice","libtiff":"libtiff License","libutil-David-Nugent":"libutil David Nugent License","LiLiQ-P-1.1":"Licence Libre du Québec – Permissive version 1.1","LiLiQ-R-1.1":"Licence Libre du Québec – Réciprocité version 1.1","LiLiQ-Rplus-1.1":"Licence Libre du Québec – Réciprocité forte version 1.1","Linux-man-pages-1-para":"Linux man-pages - 1 paragraph","Linux-man-pages-copyleft":"Linux man-pages Copyleft","Linux-man-pages-copyleft-2-para":"Linux man-pages Copyleft - 2 paragraphs","Linux-man-pages-copyleft-var":"Linux man-pages Copyleft Variant","Linux-OpenIB":"Linux Kernel Variant of OpenIB.org license","LOOP":"Common Lisp LOOP License","LPD-document":"LPD Documentation License","LPL-1.0":"Lucent Public License Version 1.0","LPL-1.02":"Lucent Public License v1.02","LPPL-1.0":"LaTeX Project Public License v1.0","LPPL-1.1":"LaTeX Project Public License v1.1","LPPL-1.2":"LaTeX Project Public License v1.2","LPPL-1.3a":"LaTeX Project Public License v1.3a","LPPL-1.3c":"LaTeX Project Public License v1.3c","lsof":"lsof License","Lucida-Bitmap-Fonts":"Lucida Bitmap Fonts License","LZMA-SDK-9.11-to-9.20":"LZMA SDK License (versions 9.11 to 9.20)","LZMA-SDK-9.22":"LZMA SDK License (versions 9.22 and beyond)","Mackerras-3-Clause":"Mackerras 3-Clause License","Mackerras-3-Clause-acknowledgment":"Mackerras 3-Clause - acknowledgment variant","magaz":"magaz License","mailprio":"mailprio License","MakeIndex":"MakeIndex License","man2html":"man2html License","Martin-Birgmeier":"Martin Birgmeier License","McPhee-slideshow":"McPhee Slideshow License","metamail":"metamail License","Minpack":"Minpack License","MIPS":"MIPS License","MirOS":"The MirOS Licence","MIT":"MIT License","MIT-0":"MIT No Attribution","MIT-advertising":"Enlightenment License (e16)","MIT-Click":"MIT Click License","MIT-CMU":"CMU License","MIT-enna":"enna License","MIT-feh":"feh License","MIT-Festival":"MIT Festival Variant","MIT-Khronos-old":"MIT Khronos - old variant","MIT-Modern-Variant":"MIT License Modern Variant","MIT-open-group":"MIT Open Group variant","MIT-STK":"MIT-STK License","MIT-testregex":"MIT testregex Variant","MIT-Wu":"MIT Tom Wu Variant","MITNFA":"MIT +no-false-attribs license","MMIXware":"MMIXware License","MMPL-1.0.1":"Minecraft Mod Public License v1.0.1","Motosoto":"Motosoto License","MPEG-SSG":"MPEG Software Simulation","mpi-permissive":"mpi Permissive License","mpich2":"mpich2 License","MPL-1.0":"Mozilla Public License 1.0","MPL-1.1":"Mozilla Public License 1.1","MPL-2.0":"Mozilla Public License 2.0","MPL-2.0-no-copyleft-exception":"Mozilla Public License 2.0 (no copyleft exception)","mplus":"mplus Font License","MS-LPL":"Microsoft Limited Public License","MS-PL":"Microsoft Public License","MS-RL":"Microsoft Reciprocal License","MTLL":"Matrix Template Library License","MulanPSL-1.0":"Mulan Permissive Software License, Version 1","MulanPSL-2.0":"Mulan Permissive Software License, Version 2","Multics":"Multics License","Mup":"Mup License","MVT-1.1":"MVT License 1.1","NAIST-2003":"Nara Institute of Science and Technology License (2003)","NASA-1.3":"NASA Open Source Agreement 1.3","Naumen":"Naumen Public License","NBPL-1.0":"Net Boolean Public License v1","NCBI-PD":"NCBI Public Domain Notice","NCGL-UK-2.0":"Non-Commercial Government Licence","NCL":"NCL Source Code License","NCSA":"University of Illinois/NCSA Open Source License","Net-SNMP":"Net-SNMP License","NetCDF":"NetCDF license","Newsletr":"Newsletr License","NGPL":"Nethack General Public License","ngrep":"ngrep License","NICTA-1.0":"NICTA Public Software License, Version 1.0","NIST-PD":"NIST Public Domain Notice","NIST-PD-fallback":"NIST Public Domain Notice with license fallback","NIST-PD-TNT":"NIST    Public Domain Notice TNT variant","NIST-Software":"NIST Software License","NLOD-1.0":"Norwegian Licence for Open Government Data (NLOD) 1.0","NLOD-2.0":"Norwegian Licence for Open Government Data (NLOD) 2.0","NLPL":"No Limit Public License","Nokia":"Nokia Open Source License","NOSL":"Netizen Open Source License","Noweb":"Noweb License","NPL-1.0":"Netscape Public License v1.0","NPL-1.1":"Netscape Public License v1.1","NPOSL-3.0":"Non-Profit Open Software License 3.0","NRL":"NRL License","NTIA-PD":"NTIA Public Domain Notice","NTP":"NTP License","NTP-0":"NTP No Attribution","Nunit":"Nunit License","O-UDA-1.0":"Open Use of Data Agreement v1.0","OAR":"OAR License","OCCT-PL":"Open CASCADE Technology Public License","OCLC-2.0":"OCLC Research Public License 2.0","ODbL-1.0":"Open Data Commons Open Database License v1.0","ODC-By-1.0":"Open Data Commons Attribution License v1.0","OFFIS":"OFFIS License","OFL-1.0":"SIL Open Font License 1.0","OFL-1.0-no-RFN":"SIL Open Font License 1.0 with no Reserved Font Name","OFL-1.0-RFN":"SIL Open Font License 1.0 with Reserved Font Name","OFL-1.1":"SIL Open Font License 1.1","OFL-1.1-no-RFN":"SIL Open Font License 1.1 with no Reserved Font Name","OFL-1.1-RFN":"SIL Open Font License 1.1 with Reserved Font Name","OGC-1.0":"OGC Software License, Version 1.0","OGDL-Taiwan-1.0":"Taiwan Open Government Data License, version 1.0","OGL-Canada-2.0":"Open Government Licence - Canada","OGL-UK-1.0":"Open Government Licence v1.0","OGL-UK-2.0":"Open Government Licence v2.0","OGL-UK-3.0":"Open Government Licence v3.0","OGTSL":"Open Group Test Suite License","OLDAP-1.1":"Open LDAP Public License v1.1","OLDAP-1.2":"Open LDAP Public License v1.2","OLDAP-1.3":"Open LDAP Public License v1.3","OLDAP-1.4":"Open LDAP Public License v1.4","OLDAP-2.0":"Open LDAP Public License v2.0 (or possibly 2.0A and 2.0B)","OLDAP-2.0.1":"Open LDAP Public License v2.0.1","OLDAP-2.1":"Open LDAP Public License v2.1","OLDAP-2.2":"Open LDAP Public License v2.2","OLDAP-2.2.1":"Open LDAP Public License v2.2.1","OLDAP-2.2.2":"Open LDAP Public License 2.2.2","OLDAP-2.3":"Open LDAP Public License v2.3","OLDAP-2.4":"Open LDAP Public License v2.4","OLDAP-2.5":"Open LDAP Public License v2.5","OLDAP-2.6":"Open LDAP Public License v2.6","OLDAP-2.7":"Open LDAP Public License v2.7","OLDAP-2.8":"Open LDAP Public License v2.8","OLFL-1.3":"Open Logistics Foundation License Version 1.3","OML":"Open Market License","OpenMDW-1.0":"OpenMDW License Agreement v1.0","OpenPBS-2.3":"OpenPBS v2.3 Software License","OpenSSL":"OpenSSL License","OpenSSL-standalone":"OpenSSL License - standalone","OpenVision":"OpenVision License","OPL-1.0":"Open Public License v1.0","OPL-UK-3.0":"United    Kingdom Open Parliament Licence v3.0","OPUBL-1.0":"Open Publication License v1.0","OSC-1.0":"OSC License 1.0","OSET-PL-2.1":"OSET Public License version 2.1","OSL-1.0":"Open Software License 1.0","OSL-1.1":"Open Software License 1.1","OSL-2.0":"Open Software License 2.0","OSL-2.1":"Open Software License 2.1","OSL-3.0":"Open Software License 3.0","OSSP":"OSSP License","PADL":"PADL License","ParaType-Free-Font-1.3":"ParaType Free Font Licensing Agreement v1.3","Parity-6.0.0":"The Parity Public License 6.0.0","Parity-7.0.0":"The Parity Public License 7.0.0","PDDL-1.0":"Open Data Commons Public Domain Dedication & License 1.0","PHP-3.0":"PHP License v3.0","PHP-3.01":"PHP License v3.01","Pixar":"Pixar License","pkgconf":"pkgconf License","Plexus":"Plexus Classworlds License","pnmstitch":"pnmstitch License","PolyForm-Noncommercial-1.0.0":"PolyForm Noncommercial License 1.0.0","PolyForm-Small-Business-1.0.0":"PolyForm Small Business License 1.0.0","PostgreSQL":"PostgreSQL License","PPL":"Peer Production License","PSF-2.0":"Python Software Foundation License 2.0","psfrag":"psfrag License","psutils":"psutils License","Python-2.0":"Python License 2.0","Python-2.0.1":"Python License 2.0.1","python-ldap":"Python ldap License","Qhull":"Qhull License","QPL-1.0":"Q Public License 1.0","QPL-1.0-INRIA-2004":"Q Public License 1.0 - INRIA 2004 variant","radvd":"radvd License","Rdisc":"Rdisc License","RHeCos-1.1":"Red Hat eCos Public License v1.1","RPL-1.1":"Reciprocal Public License 1.1","RPL-1.5":"Reciprocal Public License 1.5","RPSL-1.0":"RealNetworks Public Source License v1.0","RSA-MD":"RSA Message-Digest License","RSCPL":"Ricoh Source Code Public License","Ruby":"Ruby License","Ruby-pty":"Ruby pty extension license","SAX-PD":"Sax Public Domain Notice","SAX-PD-2.0":"Sax Public Domain Notice 2.0","Saxpath":"Saxpath License","SCEA":"SCEA Shared Source License","SchemeReport":"Scheme Language Report License","Sendmail":"Sendmail License","Sendmail-8.23":"Sendmail License 8.23","Sendmail-Open-Source-1.1":"Sendmail Open Source License v1.1","SGI-B-1.0":"SGI Free Software License B v1.0","SGI-B-1.1":"SGI Free Software License B v1.1","SGI-B-2.0":"SGI Free Software License B v2.0","SGI-OpenGL":"SGI OpenGL License","SGMLUG-PM":"SGMLUG Parser Materials License","SGP4":"SGP4 Permission Notice","SHL-0.5":"Solderpad Hardware License v0.5","SHL-0.51":"Solderpad Hardware License, Version 0.51","SimPL-2.0":"Simple Public License 2.0","SISSL":"Sun Industry Standards Source License v1.1","SISSL-1.2":"Sun Industry Standards Source License v1.2","SL":"SL License","Sleepycat":"Sleepycat License","SMAIL-GPL":"SMAIL General Public License","SMLNJ":"Standard ML of New Jersey License","SMPPL":"Secure Messaging Protocol Public License","SNIA":"SNIA Public License 1.1","snprintf":"snprintf License","SOFA":"SOFA Software License","softSurfer":"softSurfer License","Soundex":"Soundex License","Spencer-86":"Spencer License 86","Spencer-94":"Spencer License 94","Spencer-99":"Spencer License 99","SPL-1.0":"Sun Public License v1.0","ssh-keyscan":"ssh-keyscan License","SSH-OpenSSH":"SSH OpenSSH license","SSH-short":"SSH short notice","SSLeay-standalone":"SSLeay License - standalone","SSPL-1.0":"Server Side Public License, v 1","StandardML-NJ":"Standard ML of New Jersey License","SugarCRM-1.1.3":"SugarCRM Public License v1.1.3","SUL-1.0":"Sustainable Use License v1.0","Sun-PPP":"Sun PPP License","Sun-PPP-2000":"Sun PPP License (2000)","SunPro":"SunPro License","SWL":"Scheme Widget Library (SWL) Software License Agreement","swrule":"swrule License","Symlinks":"Symlinks License","TAPR-OHL-1.0":"TAPR Open Hardware License v1.0","TCL":"TCL/TK License","TCP-wrappers":"TCP Wrappers License","TekHVC":"TekHVC License","TermReadKey":"TermReadKey License","TGPPL-1.0":"Transitive Grace Period Public Licence 1.0","ThirdEye":"ThirdEye License","threeparttable":"threeparttable License","TMate":"TMate Open Source License","TORQUE-1.1":"TORQUE v2.5+ Software License v1.1","TOSL":"Trusster Open Source License","TPDL":"Time::ParseDate License","TPL-1.0":"THOR Public License 1.0","TrustedQSL":"TrustedQSL License","TTWL":"Text-Tabs+Wrap License","TTYP0":"TTYP0 License","TU-Berlin-1.0":"Technische Universitaet Berlin License 1.0","TU-Berlin-2.0":"Technische Universitaet Berlin License 2.0","Ubuntu-font-1.0":"Ubuntu Font Licence v1.0","UCAR":"UCAR License","UCL-1.0":"Upstream Compatibility License v1.0","ulem":"ulem License","UMich-Merit":"Michigan/Merit Networks License","Unicode-3.0":"Unicode License v3","Unicode-DFS-2015":"Unicode License Agreement - Data Files and Software (2015)","Unicode-DFS-2016":"Unicode License Agreement - Data Files and Software (2016)","Unicode-TOU":"Unicode Terms of Use","UnixCrypt":"UnixCrypt License","Unlicense":"The Unlicense","Unlicense-libtelnet":"Unlicense - libtelnet variant","Unlicense-libwhirlpool":"Unlicense - libwhirlpool variant","UnRAR":"UnRAR License","UPL-1.0":"Universal Permissive License v1.0","URT-RLE":"Utah Raster Toolkit Run Length Encoded License","Vim":"Vim License","Vixie-Cron":"Vixie Cron License","VOSTROM":"VOSTROM Public License for Open Source","VSL-1.0":"Vovida Software License v1.0","W3C":"W3C Software Notice and License (2002-12-31)","W3C-19980720":"W3C Software Notice and License (1998-07-20)","W3C-20150513":"W3C Software Notice and Document License (2015-05-13)","w3m":"w3m License","Watcom-1.0":"Sybase Open Watcom Public License 1.0","Widget-Workshop":"Widget Workshop License","WordNet":"WordNet License","Wsuipa":"Wsuipa License","WTFNMFPL":"Do What The F*ck You Want To But It\'s Not My Fault Public License","WTFPL":"Do What The F*ck You Want To Public License","wwl":"WWL License","wxWindows":"wxWindows Library License","X11":"X11 License","X11-distribute-modifications-variant":"X11 License Distribution Modification Variant","X11-no-permit-persons":"X11 no permit persons clause","X11-swapped":"X11 swapped final paragraphs","Xdebug-1.03":"Xdebug License v 1.03","Xerox":"Xerox License","Xfig":"Xfig License","XFree86-1.1":"XFree86 License 1.1","xinetd":"xinetd License","xkeyboard-config-Zinoviev":"xkeyboard-config Zinoviev License","xlock":"xlock License","Xnet":"X.Net License","xpp":"XPP License","XSkat":"XSkat License","xzoom":"xzoom License","YPL-1.0":"Yahoo! Public License v1.0","YPL-1.1":"Yahoo! Public License v1.1","Zed":"Zed License","Zeeff":"Zeeff License","Zend-2.0":"Zend License v2.0","Zimbra-1.3":"Zimbra Public License v1.3","Zimbra-1.4":"Zimbra Public License v1.4","Zlib":"zlib License","zlib-acknowledgement":"zlib/libpng License with Acknowledgement","ZPL-1.1":"Zope Public License 1.1","ZPL-2.0":"Zope Public License 2.0","ZPL-2.1":"Zope Public License 2.1","389-exception":"389 Directory Server Exception","Asterisk-exception":"Asterisk exception","Asterisk-linking-protocols-exception":"Asterisk linking protocols exception","Autoconf-exception-2.0":"Autoconf exception 2.0","Autoconf-exception-3.0":"Autoconf exception 3.0","Autoconf-exception-generic":"Autoconf generic exception","Autoconf-exception-generic-3.0":"Autoconf generic exception for GPL-3.0","Autoconf-exception-macro":"Autoconf macro exception","Bison-exception-1.24":"Bison exception 1.24","Bison-exception-2.2":"Bison exception 2.2","Bootloader-exception":"Bootloader Distribution Exception","CGAL-linking-exception":"CGAL Linking Exception","Classpath-exception-2.0":"Classpath exception 2.0","Classpath-exception-2.0-short":"Classpath exception 2.0 - short","CLISP-exception-2.0":"CLISP exception 2.0","cryptsetup-OpenSSL-exception":"cryptsetup OpenSSL exception","Digia-Qt-LGPL-exception-1.1":"Digia Qt LGPL Exception version 1.1","DigiRule-FOSS-exception":"DigiRule FOSS License Exception","eCos-exception-2.0":"eCos exception 2.0","erlang-otp-linking-exception":"Erlang/OTP Linking Exception","Fawkes-Runtime-exception":"Fawkes Runtime Exception","FLTK-exception":"FLTK exception","fmt-exception":"fmt exception","Font-exception-2.0":"Font exception 2.0","freertos-exception-2.0":"FreeRTOS Exception 2.0","GCC-exception-2.0":"GCC Runtime Library exception 2.0","GCC-exception-2.0-note":"GCC    Runtime Library exception 2.0 - note variant","GCC-exception-3.1":"GCC Runtime Library exception 3.1","Gmsh-exception":"Gmsh exception","GNAT-exception":"GNAT exception","GNOME-examples-exception":"GNOME examples exception","GNU-compiler-exception":"GNU Compiler Exception","gnu-javamail-exception":"GNU JavaMail exception","Google-Patent-WebM":"Google Additional IP Rights Grant (Patents) - WebM","GPL-3.0-389-ds-base-exception":"GPL-3.0 389 DS Base Exception","GPL-3.0-interface-exception":"GPL-3.0 Interface Exception","GPL-3.0-linking-exception":"GPL-3.0 Linking Exception","GPL-3.0-linking-source-exception":"GPL-3.0 Linking Exception (with Corresponding Source)","GPL-CC-1.0":"GPL Cooperation Commitment 1.0","GStreamer-exception-2005":"GStreamer Exception (2005)","GStreamer-exception-2008":"GStreamer Exception (2008)","harbour-exception":"harbour exception","i2p-gpl-java-exception":"i2p GPL+Java Exception","Independent-modules-exception":"Independent Module Linking exception","KiCad-libraries-exception":"KiCad Libraries Exception","kvirc-openssl-exception":"kvirc OpenSSL Exception","LGPL-3.0-linking-exception":"LGPL-3.0 Linking Exception","libpri-OpenH323-exception":"libpri OpenH323 exception","Libtool-exception":"Libtool Exception","Linux-syscall-note":"Linux Syscall Note","LLGPL":"LLGPL Preamble","LLVM-exception":"LLVM Exception","LZMA-exception":"LZMA exception","mif-exception":"Macros and Inline Functions Exception","mxml-exception":"mxml Exception","Nokia-Qt-exception-1.1":"Nokia Qt LGPL exception 1.1","OCaml-LGPL-linking-exception":"OCaml LGPL Linking Exception","OCCT-exception-1.0":"Open CASCADE Exception 1.0","OpenJDK-assembly-exception-1.0":"OpenJDK Assembly exception 1.0","openvpn-openssl-exception":"OpenVPN OpenSSL Exception","PCRE2-exception":"PCRE2 exception","polyparse-exception":"Polyparse Exception","PS-or-PDF-font-exception-20170817":"PS/PDF font exception (2017-08-17)","QPL-1.0-INRIA-2004-exception":"INRIA QPL 1.0 2004 variant exception","Qt-GPL-exception-1.0":"Qt GPL exception 1.0","Qt-LGPL-exception-1.1":"Qt LGPL exception 1.1","Qwt-exception-1.0":"Qwt exception 1.0","romic-exception":"Romic Exception","RRDtool-FLOSS-exception-2.0":"RRDtool FLOSS exception 2.0","rsync-linking-exception":"rsync Linking Exception","SANE-exception":"SANE Exception","SHL-2.0":"Solderpad Hardware License v2.0","SHL-2.1":"Solderpad Hardware License v2.1","Simple-Library-Usage-exception":"Simple Library Usage Exception","Spelling-Provider-LGPL-exception":"Spelling Provider LGPL exception","sqlitestudio-OpenSSL-exception":"sqlitestudio OpenSSL exception","stunnel-exception":"stunnel Exception","SWI-exception":"SWI exception","Swift-exception":"Swift Exception","Texinfo-exception":"Texinfo exception","u-boot-exception-2.0":"U-Boot exception 2.0","UBDL-exception":"Unmodified Binary Distribution exception","Universal-FOSS-exception-1.0":"Universal FOSS Exception, Version 1.0","vsftpd-openssl-exception":"vsftpd OpenSSL exception","WxWindows-exception-3.1":"WxWindows Library Exception 3.1","x11vnc-openssl-exception":"x11vnc OpenSSL Exception"}}');

/***/ }),

/***/ 53988:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["389-exception","Asterisk-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","Classpath-exception-2.0","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","DigiRule-FOSS-exception","eCos-exception-2.0","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","i2p-gpl-java-exception","KiCad-libraries-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","SANE-exception","SHL-2.0","SHL-2.1","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"]');

/***/ }),

/***/ 3389:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');

/***/ }),

/***/ 75204:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');

/***/ })

};
