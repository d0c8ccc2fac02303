## 注册世纪互联中国 CSP 经销商计划：向导的公共部分及前几个步骤。
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
