## 登录前的工作帐户：“创建一个”和“无法访问你的帐户？”

## 创建工作或学校帐户
account-create-title = 创建工作或学校帐户
account-create-intro = 为你的组织创建新的工作或学校帐户。你将成为该帐户的全局管理员，并使用它登录合作伙伴中心和注册。
account-domain = 组织域名
account-domain-hint = 只需输入第一部分，例如 contoso。你的域名以 { $suffix } 结尾
account-organization-name = 组织名称
account-country = 国家/地区
account-first-name = 名
account-last-name = 姓
account-user-name = 用户名
account-user-name-hint = 登录名中 @ 之前的部分，例如 admin。
account-sign-in-name = 你的登录名将是 { $name }
account-password = 密码
account-password-hint = 密码长度为 8 到 256 个字符，且至少包含以下三类：小写字母、大写字母、数字和符号。不能包含用户名。
account-confirm-password = 确认密码
account-create-submit = 创建帐户
account-creating = 正在创建帐户…
account-created-notice = 你的帐户 { $name } 已创建，但你尚未登录。请选择“登录”以继续。
account-have-account = 已有工作帐户？登录
account-error-user-name = 请使用字母、数字、连字符、下划线和撇号，各部分之间可用单个点号分隔，且不能以点号开头或结尾。
account-error-other-cloud = 无法在此合作伙伴中心创建此帐户。请检查组织域名。
account-error-earlier-attempt = 之前的尝试可能已创建该帐户。请尝试用它登录，或再次选择“创建帐户”，按现在填写的信息创建。

## 无法访问你的帐户？（自助密码重置）
account-recover-title = 无法访问你的帐户？
account-recover-account-heading = 输入你的工作帐户
account-recover-intro = 为重置密码，我们会向你的工作帐户登记的手机和电子邮件地址发送验证码。
account-continue = 继续
account-sending = 正在发送…
account-recover-code-heading = 输入验证码
account-recover-code-sent = 如果该帐户存在，我们已向其登记的手机和电子邮件发送验证码。验证码将在 10 分钟后过期。
account-recover-for = 工作帐户：{ $name }
account-code = 验证码
account-code-hint = 6 位数字验证码，例如 123456。
account-verifying = 正在验证…
account-start-again = 重新开始
account-recover-password-heading = 创建新密码
account-new-password = 新密码
account-confirm-new-password = 确认新密码
account-changing = 正在更改密码…
account-recover-done-heading = 你的密码已更改
account-recover-done-text = 请使用你的工作帐户和新密码登录。
account-error-reset-gone = 此密码重置无法继续。请重新开始以获取新的验证码。
