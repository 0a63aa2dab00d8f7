import { createRequire as __strongroomRequire } from "node:module"; const require = __strongroomRequire(import.meta.url);
import {
  require_undici
} from "./chunk-YUBCJN3F.js";
import "./chunk-EWK3MTLA.js";

// strongroom-cjs-namespace:node_modules/undici/index.js
var namespace = require_undici();
var undici_default = namespace;
var Dispatcher = namespace.Dispatcher;
var Client = namespace.Client;
var Pool = namespace.Pool;
var BalancedPool = namespace.BalancedPool;
var Agent = namespace.Agent;
var ProxyAgent = namespace.ProxyAgent;
var EnvHttpProxyAgent = namespace.EnvHttpProxyAgent;
var RetryAgent = namespace.RetryAgent;
var RetryHandler = namespace.RetryHandler;
var DecoratorHandler = namespace.DecoratorHandler;
var RedirectHandler = namespace.RedirectHandler;
var createRedirectInterceptor = namespace.createRedirectInterceptor;
var interceptors = namespace.interceptors;
var buildConnector = namespace.buildConnector;
var errors = namespace.errors;
var util = namespace.util;
var setGlobalDispatcher = namespace.setGlobalDispatcher;
var getGlobalDispatcher = namespace.getGlobalDispatcher;
var fetch = namespace.fetch;
var Headers = namespace.Headers;
var Response = namespace.Response;
var Request = namespace.Request;
var FormData = namespace.FormData;
var File = namespace.File;
var FileReader = namespace.FileReader;
var setGlobalOrigin = namespace.setGlobalOrigin;
var getGlobalOrigin = namespace.getGlobalOrigin;
var caches = namespace.caches;
var deleteCookie = namespace.deleteCookie;
var getCookies = namespace.getCookies;
var getSetCookies = namespace.getSetCookies;
var setCookie = namespace.setCookie;
var parseMIMEType = namespace.parseMIMEType;
var serializeAMimeType = namespace.serializeAMimeType;
var WebSocket = namespace.WebSocket;
var CloseEvent = namespace.CloseEvent;
var ErrorEvent = namespace.ErrorEvent;
var MessageEvent = namespace.MessageEvent;
var request = namespace.request;
var stream = namespace.stream;
var pipeline = namespace.pipeline;
var connect = namespace.connect;
var upgrade = namespace.upgrade;
var MockClient = namespace.MockClient;
var MockPool = namespace.MockPool;
var MockAgent = namespace.MockAgent;
var mockErrors = namespace.mockErrors;
var EventSource = namespace.EventSource;
export {
  Agent,
  BalancedPool,
  Client,
  CloseEvent,
  DecoratorHandler,
  Dispatcher,
  EnvHttpProxyAgent,
  ErrorEvent,
  EventSource,
  File,
  FileReader,
  FormData,
  Headers,
  MessageEvent,
  MockAgent,
  MockClient,
  MockPool,
  Pool,
  ProxyAgent,
  RedirectHandler,
  Request,
  Response,
  RetryAgent,
  RetryHandler,
  WebSocket,
  buildConnector,
  caches,
  connect,
  createRedirectInterceptor,
  undici_default as default,
  deleteCookie,
  errors,
  fetch,
  getCookies,
  getGlobalDispatcher,
  getGlobalOrigin,
  getSetCookies,
  interceptors,
  mockErrors,
  parseMIMEType,
  pipeline,
  request,
  serializeAMimeType,
  setCookie,
  setGlobalDispatcher,
  setGlobalOrigin,
  stream,
  upgrade,
  util
};
