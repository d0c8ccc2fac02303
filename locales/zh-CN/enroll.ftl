## 注册世纪互联中国 CSP 经销商计划：向导的公共部分及前几个步骤。
enroll-step-count = 第 { $current } 步，共 { $total } 步
enroll-progress-label = 注册步骤
enroll-step-account = 创建合作伙伴中心帐户
enroll-step-phone = 验证电话号码
enroll-step-created = 创建帐户
enroll-step-program = 注册云解决方案提供商计划
enroll-step-review = 检查并提交
enroll-step-status = 注册状态
enroll-step-agreement = 接受并继续
enroll-loading = 正在加载你的注册信息…
enroll-continue = 继续
enroll-back = 返回

## 创建合作伙伴中心帐户
enroll-account-title = 创建合作伙伴中心帐户
enroll-account-intro = 请填写贵组织的详细信息，然后输入贵组织中你希望其拥有全局管理员权限并可访问合作伙伴中心的人员的详细信息。
enroll-organization-legend = 组织详细信息
enroll-company-name = 法定企业名称
enroll-company-name-hint = 与营业执照上的名称一致。
enroll-country = 国家/地区
enroll-country-china = 中国
enroll-province = 省份
enroll-city = 城市
enroll-district = 区县
enroll-address-line1 = 地址行 1
enroll-address-line2 = 地址行 2
enroll-postal-code = 邮政编码
enroll-postal-code-hint = 6 位数字。
enroll-credit-code = 统一社会信用代码
enroll-credit-code-hint = 营业执照上的 18 位代码。
enroll-admin-legend = 全局管理员
enroll-admin-note = 你创建的第一个合作伙伴中心帐户将是全局管理员帐户。全局管理员可以访问合作伙伴中心的所有管理功能，并且是唯一可以分配其他管理员角色的管理员。虽然贵组织可以有多个全局管理员，但为降低业务风险，我们建议仅让公司中的少数人员担任此角色。
enroll-first-name = 名
enroll-last-name = 姓
enroll-email = 电子邮件
enroll-phone = 电话号码
enroll-phone-hint = 中国手机或固定电话号码，例如 138 1234 5678 或 021-6888 1234。
enroll-opens-new-tab = （在新标签页中打开）

## 开始之前
enroll-intro-title = 注册世纪互联中国 CSP 经销商计划
enroll-intro-lead = 注册世纪互联中国云解决方案提供商 (CSP) 计划，即可在中国转售云服务，并在合作伙伴中心管理你的 CSP 经销商业务。
enroll-intro-important = 重要提示
enroll-intro-weeks = 注册世纪互联中国 CSP 计划需要多个步骤，我们会审核你的注册请求、进行信用检查并创建你的合作伙伴中心帐户，整个过程可能需要数周时间。
enroll-intro-before-heading = 开始之前
enroll-intro-before-text = 在注册过程中，你需要提供以下信息。建议在开始注册之前准备好这些信息。
enroll-intro-need-account = 工作或学校帐户的全局管理员凭据。如果你没有工作或学校帐户，可以在注册过程中创建一个。
enroll-intro-need-mpn = 你的 Microsoft 合作伙伴网络 (MPN) ID。你必须是 MPN 成员才能注册世纪互联中国 CSP 计划。
enroll-intro-join-mpn = 如果你还不是 MPN 成员，请在此加入。
enroll-intro-need-support = 贵组织的客户支持详细信息，包括支持网站的 URL、支持电子邮件和支持电话号码。
enroll-intro-need-phone = 贵组织的中国电话号码，用于完成电话验证。
enroll-intro-start-heading = 开始注册
enroll-intro-start-text = 使用贵组织工作或学校帐户的全局管理员凭据登录，或选择“创建一个”来创建新的工作或学校帐户。
enroll-intro-create-one = 创建一个
enroll-intro-start = 开始注册

## 电话验证
enroll-phone-title = 验证电话号码
enroll-phone-intro = 为保护你的安全，请完成电话验证以确认你的帐户详细信息。请使用贵组织的中国电话号码。
enroll-phone-number = 电话号码
enroll-phone-number-hint = 中国手机号码，或带区号的固定电话号码。+86 可省略。
enroll-phone-send = 发送验证码
enroll-phone-sending = 正在发送…
enroll-phone-sent = 我们已向 { $number } 发送 6 位验证码，该验证码将于 { $time } 过期。
enroll-phone-resent = 我们已向 { $number } 发送新的验证码，之前的验证码已失效。新验证码将于 { $time } 过期。
enroll-phone-code = 验证码
enroll-phone-code-hint = 我们发送到你手机上的 6 位验证码。
enroll-phone-verify = 验证
enroll-phone-verifying = 正在验证…
enroll-phone-resend = 重新发送验证码
enroll-phone-resend-wait = { $seconds } 秒后可重新获取验证码。
enroll-phone-change = 使用其他号码
enroll-phone-verified = 你的电话号码 { $number } 已通过验证。请选择“创建帐户”继续。
enroll-phone-create = 创建帐户
enroll-phone-creating = 正在创建你的帐户…

## 创建帐户：确认信息
enroll-created-title = 你的合作伙伴中心帐户已创建
enroll-created-important = 重要提示
enroll-created-save = 请保存此消息中的信息，首次登录合作伙伴中心时需要用到。此信息不会再次显示。
enroll-created-sign-in-name = 登录名
enroll-created-organization = 组织
enroll-created-partner-id = 合作伙伴 ID
enroll-created-admin = 全局管理员
enroll-created-phone = 已验证的电话号码
enroll-created-at = 创建时间
enroll-created-copy = 复制
enroll-created-print = 打印
enroll-created-copied = 帐户详细信息已复制。
enroll-created-next = 选择“继续”，然后使用新帐户凭据登录合作伙伴中心，注册云解决方案提供商计划。

## 首页上面向新合作伙伴的入口
