## Product names: the docs' own ("Partner Center operated by 21Vianet" / "Partner Center").
app-name-china = 由世纪互联运营的合作伙伴中心
app-name-global = 合作伙伴中心
# The browser tab: page first, product second.
document-title = { $page } | { $app }

## Shell
shell-skip-to-main = 跳到主要内容
shell-menu-label = 仪表板菜单
shell-menu-overview = 概述
shell-menu-settings = 帐户设置
shell-menu-pricing = 定价和优惠
shell-menu-customers = 客户
shell-menu-indirect-providers = 间接提供商
shell-menu-indirect-resellers = 间接经销商
shell-signed-in-as = 已登录：{ $name }
shell-sign-out = 注销
shell-signing-out = 正在注销…
shell-sign-in = 登录
shell-language = 语言
footer-operated-china = 本门户采用 Microsoft 授权给世纪互联的技术。本服务由世纪互联运营、提供并负责交付管理。
footer-operated-global = 合作伙伴中心是面向 Microsoft 云解决方案提供商 (CSP) 合作伙伴的业务门户。

## Landing page (signed out)
landing-title-china = 欢迎使用由世纪互联运营的合作伙伴中心
landing-title-global = 欢迎使用合作伙伴中心
landing-intro-china = 面向中国境内世纪互联云解决方案提供商 (CSP) 服务经销商的业务门户。
landing-intro-global = 面向通过云解决方案提供商 (CSP) 计划转售 Microsoft 云服务的合作伙伴的业务门户。
landing-what-china = 世纪互联在中国境内运营本地数据中心，让你在转售其 CSP 服务的同时，将数据保留在中国境内。世纪互联还为你提供计费服务和客户支持渠道。
landing-what-global = 在同一个位置添加和管理客户、销售订阅、处理计费并提供支持。
landing-tasks-heading = 登录后，你可以
landing-task-account = 管理你的合作伙伴中心帐户
landing-task-customers = 管理客户帐户和订阅
landing-task-pricing = 查看优惠和定价
landing-task-billing = 查看计费
landing-sign-in-heading = 已经是合作伙伴？
landing-sign-in-text = 请使用你的工作帐户登录。

## Sign in
signin-title = 登录
signin-intro = 请使用你的合作伙伴中心工作帐户。
signin-user-name = 工作帐户
signin-user-name-hint-china = 例如：someone@contoso.partner.onmschina.cn
signin-user-name-hint-global = 例如：someone@contoso.onmicrosoft.com
signin-password = 密码
signin-submit = 登录
signin-submitting = 正在登录…
signin-error-user-name-required = 请输入你的工作帐户
signin-error-user-name-too-long = 工作帐户不能超过 256 个字符
signin-error-password-required = 请输入你的密码
signin-error-password-too-long = 密码不能超过 256 个字符
signin-session-expired = 你的会话已结束。请重新登录以继续。

## Error summary and field messages
error-summary-title = 出现问题
field-error-prefix = 错误：

## Errors from the backend, one per kind of failure
error-offline = 你已离线。请检查网络连接，然后重试。
error-network = 目前无法连接到合作伙伴中心。请检查网络连接，然后重试。
error-timeout = 合作伙伴中心响应超时。请重试。
error-server = 我们这边出现了问题。你填写的信息仍然保留，请稍后重试。
error-unavailable = 合作伙伴中心当前繁忙。请稍后重试。
error-malformed = 无法读取合作伙伴中心返回的响应。请重试；如果问题仍然存在，请联系支持人员。
error-invalid-credentials = 工作帐户或密码不正确。请检查后重试。
error-session-expired = 你的会话已结束。请重新登录以继续。
error-forbidden = 你的角色无权执行此操作。请向你所在组织的全局管理员申请访问权限。
error-not-found = 找不到你要查找的内容，它可能已被删除。
error-conflict = 在你操作期间，其他人更改了此内容。请重新加载以查看最新版本，然后重新应用你的更改。
error-throttled = 请求过多。请稍候，然后重试。
error-invalid-input = 部分信息无效。请检查突出显示的字段。
error-request-failed = 无法完成请求（错误 { $status }）。请重试。
error-retry = 重试
loading = 正在加载…

## Not found
not-found-title = 找不到页面
not-found-text = 你要查找的页面不存在或已移动。请检查地址，或返回主页。
not-found-home = 转到主页


## Roles (the docs' names)
role-global-admin = 全局管理员
role-billing-admin = 帐单管理员
role-user-management-admin = 用户管理管理员
role-admin-agent = 管理员代理
role-sales-agent = 销售代理
role-helpdesk-agent = 技术支持代理

# Used by the first load (landing, sign-in) though they lead into areas.
signin-cant-access = 无法访问你的帐户？
enroll-landing-heading = 初次使用合作伙伴中心？
enroll-landing-text = 注册世纪互联中国 CSP 经销商计划，即可在中国转售云服务。
enroll-landing-link = 立即注册
